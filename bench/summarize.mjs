#!/usr/bin/env node
// Renders a saved run (bench/results/<date>.json) as Markdown tables, for bench/README.md or a
// review comment. Compare two runs by rendering both.
//
//   node bench/summarize.mjs bench/results/2026-11-24.json

import { readFileSync } from "node:fs";
import { fmtBytes, fmtRate, fmtRatio, fmtTime, markdownTable } from "./harness.mjs";

const file = process.argv[2];
if (!file) {
  console.error("usage: node bench/summarize.mjs bench/results/<date>.json");
  process.exit(2);
}
const r = JSON.parse(readFileSync(file, "utf8"));
const out = (s = "") => process.stdout.write(s + "\n");

out(
  `Run of ${r.date}: Node ${r.node}, ${r.platform}, ${r.cpus} cores (${r.cpuModel}); ` +
    `load average ${r.loadavgStart.map((x) => x.toFixed(2)).join(" / ")} at the start, ${r.loadavgEnd.map((x) => x.toFixed(2)).join(" / ")} at the end` +
    (r.git ? `; checkout ${r.git.commit.slice(0, 12)} + ${r.git.changedFiles} changed files` : "") +
    `; ${r.totalSeconds.toFixed(0)} s.`,
);

if (r.targets?.length) {
  out("\n**Targets**\n");
  out(markdownTable([{ title: "target" }, { title: "measured" }, { title: "met?" }], r.targets.map((t) => [t.target, t.value, t.met ? "met" : "**not met**"])));
}

const w = r.sections.workloads;
if (w) {
  out("\n**1. Workloads** (median per evaluation; × JS = time ÷ hand-written JavaScript's over the same entities; others: × Weft = time ÷ Weft's)\n");
  const others = ["jsonata", "expr-eval", "cel"];
  const cols = [
    { title: "workload" },
    { title: "runs", align: "r" },
    { title: "JavaScript", align: "r" },
    { title: "JS, plain records", align: "r" },
    { title: "Weft", align: "r" },
    { title: "Weft × JS", align: "r" },
    ...others.map((o) => ({ title: `${o} (× Weft)`, align: "r" })),
  ];
  const rows = [];
  const ids = Object.keys(Object.values(w.sizes)[0].workloads);
  for (const id of ids)
    for (const [size, s] of Object.entries(w.sizes)) {
      const x = s.workloads[id].impls;
      const cell = (e) => (e.na ? "n/a" : `${fmtTime(e.medianMs)} (${fmtRatio(e.ratioToWeft)})`);
      rows.push([id, Number(size).toLocaleString("en-US"), fmtTime(x.js.medianMs), fmtTime(x["js-plain"]?.medianMs), x.weft.na ? "n/a" : fmtTime(x.weft.medianMs), fmtRatio(x.weft.ratioToJs), ...others.map((o) => cell(x[o]))]);
    }
  out(markdownTable(cols, rows));
  out("\njexl and filtrex: n/a on every workload (no map, sort, reduce or aggregates without host-written transforms; filtrex evaluates one record).");
}

const p = r.sections.predicate;
if (p) {
  out(`\n**2. Per-run predicate** \`${p.predicate}\` over ${p.runs.toLocaleString("en-US")} runs\n`);
  out(
    markdownTable(
      [{ title: "implementation" }, { title: "evaluations/s", align: "r" }, { title: "per evaluation", align: "r" }, { title: "× JS time", align: "r" }, { title: "× Weft time", align: "r" }],
      Object.values(p.impls).map((e) => (e.na ? [e.name, "n/a", "", "", e.na] : [e.name, fmtRate(e.evalsPerSecond), `${e.perEvalNs.toFixed(0)} ns`, fmtRatio(e.ratioToJs), fmtRatio(e.ratioToWeft)])),
    ),
  );
}

const c = r.sections.compile;
if (c) {
  out(`\n**3. Compile** (fresh source strings): Weft, 20 panel expressions: median ${fmtTime(c.weftPanelMedianMs)} (median of per-expression medians ${fmtTime(c.weftPanelMedianOfMediansMs)})\n`);
  const weft = c.sets.weftWorkloads.medianMs;
  out(
    markdownTable(
      [{ title: "compile step" }, { title: "expressions", align: "r" }, { title: "median", align: "r" }, { title: "× Weft", align: "r" }],
      Object.entries(c.sets).map(([k, s]) => [s.name, String(s.expressions), fmtTime(s.medianMs), k === "weftWorkloads" ? "" : fmtRatio(s.medianMs / weft)]),
    ),
  );
}

const l = r.sections.load;
if (l) {
  out(`\n**4. Load** of a ${l.runs.toLocaleString("en-US")}-run file (${(l.fileChars / 1e6).toFixed(0)} MB), fresh process, median of ${l.processes}\n`);
  out(
    markdownTable(
      [{ title: "step" }, { title: "median", align: "r" }],
      [
        ["JSON.parse", fmtTime(l.parseMs)],
        ["loadWorkspace (first in the process)", fmtTime(l.loadMs)],
        ["loadWorkspace (second, JIT-warm)", fmtTime(l.warmLoadMs)],
        ["heap: parsed file", fmtBytes(l.heapAfterParse - l.heapStart)],
        ["heap: workspace alone (file dropped)", fmtBytes(l.heapWorkspaceOnly - l.heapStart)],
        ["peak RSS", fmtBytes(l.maxRss)],
      ],
    ),
  );
}

const s = r.sections.startup;
if (s) {
  out(`\n**5. Cold start**, median of ${s.runs}\n`);
  out(markdownTable([{ title: "command" }, { title: "median", align: "r" }, { title: "min", align: "r" }], Object.values(s.cases).map((x) => [x.name, fmtTime(x.medianMs), fmtTime(x.minMs)])));
}
