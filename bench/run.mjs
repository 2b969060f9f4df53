#!/usr/bin/env node
// Weft's benchmark: Weft against hand-written JavaScript and other expression evaluators, in one
// process and one run. See bench/README.md. `npm run bench` builds first, then runs
//
//   node --expose-gc bench/run.mjs [--quick] [--no-save] [--sections 1,2,3,4,5]
//
//   --quick      short time budgets (a smoke test; the numbers are noisier)
//   --no-save    do not write bench/results/<date>.json
//   --sections   run only these sections

import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import jsonata from "jsonata";
import jexlModule from "jexl";
import { compileExpression, useDotAccessOperatorAndOptionalChaining } from "filtrex";
import exprEval from "expr-eval";
import { Environment as CelEnvironment } from "@marcbachmann/cel-js";

import { compile, loadWorkspace } from "../dist/src/index.js";
import { generateWorkspace, SAMPLE_NOW } from "../examples/generate-workspace.mjs";
import { collect, fmtBytes, fmtRate, fmtRatio, fmtTime, measure, median, preview, sameResult, table } from "./harness.mjs";
import { COMPILE_SETS, GIVEN, PANEL_EXPRESSIONS, PREDICATE, WORKLOADS, plainData } from "./workloads.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");

// ---------------------------------------------------------------------------------------------
// Options

const argv = process.argv.slice(2);
const QUICK = argv.includes("--quick");
const SAVE = !argv.includes("--no-save");
const sectionsArg = argv.includes("--sections") ? argv[argv.indexOf("--sections") + 1] : "1,2,3,4,5";
const SECTIONS = new Set(sectionsArg.split(",").map((s) => s.trim()));
const SCALE = QUICK ? 0.25 : 1;
const SEED = 7;
const SIZES = [1_000, 100_000];
const NOW = new Date(SAMPLE_NOW);

const BUDGET = {
  1000: { warmupMs: 150 * SCALE, budgetMs: 300 * SCALE, minSamples: 7, maxMs: 3000 * SCALE },
  100000: { warmupMs: 250 * SCALE, budgetMs: 1000 * SCALE, minSamples: 5, maxMs: 3000 * SCALE },
};

const TARGETS = {
  workloadRatio: 1.5, // every workload within 1.5× of JavaScript
  predicateSpeed: 0.5, // at least half as fast as JavaScript
  compileUs: 25, // compile ≤ 25 µs median
  loadMs: 1000, // 100k load ≤ 1 s
  replMs: 300, // REPL ready ≤ 300 ms
};

/** The checkout measured: its commit, and how many files differ from it (others edit it too). */
function gitState() {
  try {
    const run = (args) => execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    const changed = run(["status", "--porcelain"]).split("\n").filter(Boolean);
    return { commit: run(["rev-parse", "HEAD"]), changedFiles: changed.length, changed };
  } catch {
    return undefined;
  }
}

const startedAt = new Date();
const results = {
  date: startedAt.toISOString(),
  node: process.version,
  platform: `${os.type()} ${os.release()} ${os.arch()}`,
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? "unknown",
  totalMemory: os.totalmem(),
  loadavgStart: os.loadavg(),
  git: gitState(),
  quick: QUICK,
  seed: SEED,
  versions: {},
  sections: {},
  targets: [],
};

const out = (text = "") => process.stdout.write(text + "\n");
const heading = (text) => out(`\n${"=".repeat(text.length)}\n${text}\n${"=".repeat(text.length)}`);

// ---------------------------------------------------------------------------------------------
// The other evaluators, behind one interface: compile(source) once, evaluate(compiled, input).

const jexl = jexlModule.default ?? jexlModule;
const exprParser = new exprEval.Parser();
const celEnv = new CelEnvironment({ unlistedVariablesAreDyn: true });

const OTHERS = {
  jsonata: {
    pkg: "jsonata",
    compile: (src) => jsonata(src),
    evaluate: (c, input) => c.evaluate(input), // a Promise: jsonata 2 evaluates asynchronously
    isAsync: true,
  },
  jexl: { pkg: "jexl", compile: (src) => jexl.compile(src), evaluate: (c, input) => c.evalSync(input) },
  filtrex: {
    pkg: "filtrex",
    compile: (src) => compileExpression(src, { customProp: useDotAccessOperatorAndOptionalChaining }),
    evaluate: (c, input) => c(input),
  },
  "expr-eval": { pkg: "expr-eval", compile: (src) => exprParser.parse(src), evaluate: (c, input) => c.evaluate(input) },
  cel: { pkg: "@marcbachmann/cel-js", compile: (src) => celEnv.parse(src), evaluate: (c, input) => c(input) },
};
const OTHER_NAMES = Object.keys(OTHERS);

for (const [name, o] of Object.entries(OTHERS)) {
  // Read from node_modules directly: some packages' "exports" do not list package.json.
  o.version = JSON.parse(readFileSync(path.join(root, "node_modules", o.pkg, "package.json"), "utf8")).version;
  o.label = `${o.pkg} ${o.version}`;
  results.versions[name] = o.version;
}
results.versions.weft = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).version;

// ---------------------------------------------------------------------------------------------
// Section 1: workloads

/** Runs one implementation once and returns [its normalised result, the call's duration], or throws. */
async function resultOf(fn, isAsync, normalize) {
  const t = performance.now();
  const v = isAsync ? await fn() : fn();
  const ms = performance.now() - t;
  return [normalize(v), ms];
}

async function section1And2() {
  const rows = [];
  const perSize = {};
  results.sections.workloads = { given: GIVEN, sizes: {} };
  for (const size of SIZES) {
    out(`\n  generating and loading a ${size.toLocaleString("en-US")}-run workspace (seed ${SEED})...`);
    let t = performance.now();
    const file = generateWorkspace({ runs: size, seed: SEED });
    const genMs = performance.now() - t;
    t = performance.now();
    const ws = loadWorkspace(file);
    const loadMs = performance.now() - t;
    const plain = plainData(file);
    out(`  generated in ${fmtTime(genMs)}, loaded (in-process, from the object) in ${fmtTime(loadMs)}`);
    const sizeResults = { runs: ws.runs.length, artifactVersions: ws.artifacts.reduce((n, a) => n + a.versions.length, 0), generateMs: genMs, loadMs, workloads: {} };
    results.sections.workloads.sizes[size] = sizeResults;

    for (const w of WORKLOADS) {
      const wr = { title: w.title, weft: w.weft, js: w.js.toString(), impls: {} };
      sizeResults.workloads[w.id] = wr;
      const reference = w.normalize(w.js(ws));
      wr.reference = preview(reference);
      const impls = [
        { name: "JavaScript", key: "js", fn: () => w.js(ws) },
        { name: "JavaScript, plain records (reference)", key: "js-plain", fn: () => w.jsPlain(plain) },
      ];
      try {
        const program = compile(w.weft);
        impls.push({ name: "Weft", key: "weft", fn: () => program.run(ws, { now: NOW }).value });
      } catch (e) {
        impls.push({ name: "Weft", key: "weft", na: `compile failed: ${e.kind ?? "error"}: ${e.message}` });
      }
      for (const name of OTHER_NAMES) {
        const spec = w.others[name];
        const o = OTHERS[name];
        if (spec.na || spec.naAt?.[size]) {
          impls.push({ name: o.label, key: name, na: spec.na ?? spec.naAt[size] });
          continue;
        }
        const compiled = o.compile(spec.expr);
        const input = spec.input(plain);
        impls.push({ name: o.label, key: name, expr: spec.expr, fn: () => o.evaluate(compiled, input), isAsync: o.isAsync });
      }
      for (const impl of impls) {
        const entry = { name: impl.name };
        if (impl.expr) entry.expr = impl.expr;
        wr.impls[impl.key] = entry;
        if (impl.na) {
          entry.na = impl.na;
          continue;
        }
        let priorCallMs;
        try {
          const [got, ms] = await resultOf(impl.fn, impl.isAsync, w.normalize);
          priorCallMs = ms;
          if (!sameResult(got, reference)) {
            entry.na = `result differs from JavaScript's: ${preview(got)} vs ${preview(reference)}`;
            continue;
          }
        } catch (e) {
          entry.na = `failed: ${e && e.message ? e.message.split("\n")[0] : String(e)}`;
          continue;
        }
        Object.assign(entry, await measure(impl.fn, { ...BUDGET[size], isAsync: impl.isAsync, priorCallMs }));
      }
      const js = wr.impls.js.medianMs;
      const weft = wr.impls.weft.medianMs;
      for (const [key, e] of Object.entries(wr.impls)) {
        if (e.medianMs === undefined) continue;
        e.ratioToJs = e.medianMs / js;
        if (key !== "js" && key !== "weft" && key !== "js-plain") e.ratioToWeft = e.medianMs / weft;
      }
      out(`  ${w.id} @ ${size}: JS ${fmtTime(js)}, Weft ${fmtTime(weft)} (${fmtRatio(weft / js)})`);
    }
    perSize[size] = sizeResults;

    if (size === SIZES[SIZES.length - 1] && SECTIONS.has("2")) await section2(ws, plain);
    collect(true);
  }

  heading("1. Workloads: median time per evaluation (same process, same run)");
  out(`Weft:        ${GIVEN.weft}`);
  out(`JavaScript:  ${GIVEN.js}`);
  out(`Others:      ${GIVEN.others}`);
  out("Each result was checked against JavaScript's (deep equality after normalising) before timing.");
  for (const w of WORKLOADS) {
    out(`\n${w.title}`);
    out(`  Weft: ${w.weft}`);
    for (const name of OTHER_NAMES) if (w.others[name].expr) out(`  ${OTHERS[name].pkg}: ${w.others[name].expr}`);
    const trs = [];
    for (const size of SIZES) {
      const wr = perSize[size].workloads[w.id];
      if (trs.length) trs.push(null);
      for (const [key, e] of Object.entries(wr.impls)) {
        trs.push([
          size.toLocaleString("en-US"),
          e.name,
          e.na ? "n/a" : fmtTime(e.medianMs),
          e.na ? "" : fmtRatio(e.ratioToJs),
          e.ratioToWeft !== undefined ? fmtRatio(e.ratioToWeft) : "",
          e.na ? e.na : `${e.samples}×${e.batch}${e.checkCallIsSample ? " (incl. the check call)" : ""}`,
        ]);
        rows.push({ workload: w.id, size, key, ...e });
      }
    }
    out(
      table(
        [
          { title: "runs", align: "r" },
          { title: "implementation" },
          { title: "median", align: "r" },
          { title: "× JS", align: "r" },
          { title: "× Weft", align: "r" },
          { title: "samples×batch / why n/a" },
        ],
        trs,
      ),
    );
  }

  // A compact view: Weft's time as a multiple of JavaScript's, and which evaluators Weft beats.
  out("\nSummary: Weft's median as a multiple of JavaScript's (target ≤ 1.5×), and the others' as a multiple of Weft's (> 1 means Weft is faster)");
  // Evaluators that can express none of the workloads (jexl, filtrex) are left out of this view.
  const shown = OTHER_NAMES.filter((name) => WORKLOADS.some((w) => !w.others[name].na));
  const cols = [{ title: "workload" }, ...SIZES.map((s) => ({ title: `Weft/JS @${s / 1000}k`, align: "r" }))];
  for (const name of shown) for (const s of SIZES) cols.push({ title: `${name}/Weft @${s / 1000}k`, align: "r" });
  const srows = WORKLOADS.map((w) => {
    const r = [w.id];
    for (const s of SIZES) r.push(fmtRatio(perSize[s].workloads[w.id].impls.weft.ratioToJs));
    for (const name of shown)
      for (const s of SIZES) {
        const e = perSize[s].workloads[w.id].impls[name];
        r.push(e.na ? "n/a" : fmtRatio(e.ratioToWeft));
      }
    return r;
  });
  out(table(cols, srows));
  return perSize;
}

// ---------------------------------------------------------------------------------------------
// Section 2: the per-run predicate

async function section2(ws, plain) {
  const n = ws.runs.length;
  const records = plain.predicateRecords;
  const idsOf = (xs) => xs.map((x) => x.id);
  const reference = idsOf(ws.runs.filter(PREDICATE.js));
  const impls = [];
  impls.push({ name: "JavaScript", key: "js", how: "ws.runs.filter(predicate) over the entities", fn: () => ws.runs.filter(PREDICATE.js), ids: idsOf });
  impls.push({ name: "JavaScript, plain records (reference)", key: "js-plain", how: "records.filter(predicate) over the { id, summary } records the others get", fn: () => records.filter(PREDICATE.jsPlain), ids: idsOf });
  try {
    const program = compile(PREDICATE.weftProgram);
    impls.push({
      name: "Weft",
      key: "weft",
      how: "compiled program runs.filter(...) over all runs, ÷ run count",
      fn: () => program.run(ws, { now: NOW }).value,
      ids: idsOf,
    });
  } catch (e) {
    impls.push({ name: "Weft", key: "weft", na: `compile failed: ${e.kind ?? "error"}: ${e.message}` });
  }
  // A compiled predicate: the API compiles programs, not functions. A program may evaluate to an
  // arrow, but calling it from the host throws (it needs its evaluation's context), so: n/a.
  let weftArrowNa = "the API compiles whole programs; an arrow a program returns cannot be called by the host";
  try {
    const f = compile(PREDICATE.weftArrow).run(ws, { now: NOW }).value;
    f(ws.runs[0]);
    weftArrowNa = undefined;
    impls.push({ name: "Weft (returned arrow)", key: "weft-arrow", how: "an arrow returned by a program, called by the host per run", fn: () => ws.runs.filter(f), ids: idsOf });
  } catch (e) {
    weftArrowNa += ` (it throws: "${e.message}")`;
  }
  if (weftArrowNa) impls.push({ name: "Weft compiled predicate", key: "weft-predicate", na: weftArrowNa });

  for (const name of OTHER_NAMES) {
    const o = OTHERS[name];
    const src = PREDICATE.perRecord[name];
    const c = o.compile(src);
    const perRecord = o.isAsync
      ? async () => {
          const hits = [];
          for (let i = 0; i < records.length; i++) if ((await o.evaluate(c, records[i])) === true) hits.push(records[i]);
          return hits;
        }
      : () => {
          const hits = [];
          for (let i = 0; i < records.length; i++) if (o.evaluate(c, records[i]) === true) hits.push(records[i]);
          return hits;
        };
    impls.push({ name: `${o.label} per record`, key: `${name}/record`, how: `host loop calling: ${src}`, fn: perRecord, isAsync: o.isAsync, ids: idsOf });
    const csrc = PREDICATE.collection[name];
    if (csrc) {
      const cc = o.compile(csrc);
      const input = { runs: records };
      impls.push({ name: `${o.label} collection`, key: `${name}/collection`, how: `one evaluation: ${csrc}`, fn: () => o.evaluate(cc, input), isAsync: o.isAsync, ids: (v) => idsOf(v ?? []) });
    } else {
      impls.push({ name: `${o.label} collection`, key: `${name}/collection`, na: "no collection form: expressions over one record only" });
    }
  }

  const sec = { runs: n, predicate: "summary.accuracy > 0.95 && summary.val_loss < 0.1", matches: reference.length, given: "Others: [{ id, summary }] per run (the file's summary, {} where absent)", impls: {} };
  results.sections.predicate = sec;
  for (const impl of impls) {
    const e = { name: impl.name, how: impl.how };
    sec.impls[impl.key] = e;
    if (impl.na) {
      e.na = impl.na;
      continue;
    }
    let priorCallMs;
    try {
      const t = performance.now();
      const v = impl.isAsync ? await impl.fn() : impl.fn();
      priorCallMs = performance.now() - t;
      const got = impl.ids(v);
      if (!sameResult(got, reference)) {
        e.na = `result differs from JavaScript's: ${got.length} vs ${reference.length} matches`;
        continue;
      }
    } catch (err) {
      e.na = `failed: ${err.message.split("\n")[0]}`;
      continue;
    }
    const m = await measure(impl.fn, { ...BUDGET[100000], isAsync: impl.isAsync, priorCallMs });
    Object.assign(e, m, { perEvalNs: (m.medianMs * 1e6) / n, evalsPerSecond: n / (m.medianMs / 1000) });
  }
  const js = sec.impls.js;
  const weft = sec.impls.weft;
  for (const [key, e] of Object.entries(sec.impls)) {
    if (e.na) continue;
    e.ratioToJs = e.medianMs / js.medianMs;
    e.speedVsJs = js.medianMs / e.medianMs;
    if (key !== "js" && key !== "js-plain" && !key.startsWith("weft")) e.ratioToWeft = e.medianMs / weft.medianMs;
  }
}

function printSection2() {
  const sec = results.sections.predicate;
  if (!sec) return;
  heading(`2. Per-run predicate: ${sec.predicate}, over ${sec.runs.toLocaleString("en-US")} runs (${sec.matches} match)`);
  out("JavaScript and Weft: the Workspace entities. " + sec.given + ".");
  out("'per record': a host loop calls the compiled expression once per run; 'collection': one evaluation filters the whole array.");
  const trs = Object.values(sec.impls).map((e) => [
    e.name,
    e.na ? "n/a" : fmtRate(e.evalsPerSecond),
    e.na ? "" : `${e.perEvalNs.toFixed(1)} ns`,
    e.na ? "" : fmtRatio(e.ratioToJs),
    e.ratioToWeft !== undefined ? fmtRatio(e.ratioToWeft) : "",
    e.na ? e.na : "",
  ]);
  out(
    table(
      [
        { title: "implementation" },
        { title: "evaluations/s", align: "r" },
        { title: "per evaluation", align: "r" },
        { title: "× JS time", align: "r" },
        { title: "× Weft time", align: "r" },
        { title: "why n/a" },
      ],
      trs,
    ),
  );
  for (const e of Object.values(sec.impls)) if (e.how && !e.na) out(`  ${e.name}: ${e.how}`);
}

// ---------------------------------------------------------------------------------------------
// Section 3: compile latency

let literal = 10; // every compile in this run gets a source string never compiled before
const fresh = (template) => template.replaceAll("{N}", String(literal++));

function timeOnce(f) {
  const s = performance.now();
  const v = f();
  return [performance.now() - s, v];
}

async function section3() {
  const sec = { panel: [], sets: {} };
  results.sections.compile = sec;
  const perExpressionMs = 150 * SCALE;
  // Check every panel expression compiles and runs on a small workspace.
  const small = loadWorkspace(generateWorkspace({ runs: 200, seed: SEED }));
  const usable = [];
  for (const template of PANEL_EXPRESSIONS) {
    try {
      compile(fresh(template)).run(small, { now: NOW });
      usable.push(template);
    } catch (e) {
      sec.panel.push({ template, error: `${e.kind ?? "error"}: ${e.message}` });
    }
  }
  // Warm-up: every expression, round-robin, for a while.
  const w0 = performance.now();
  while (performance.now() - w0 < 500 * SCALE) for (const t of usable) compile(fresh(t));
  collect();
  const all = [];
  for (const template of usable) {
    const samples = [];
    const t0 = performance.now();
    while (samples.length < 20 || performance.now() - t0 < perExpressionMs) {
      const src = fresh(template);
      samples.push(timeOnce(() => compile(src))[0]);
    }
    all.push(...samples);
    sec.panel.push({ template, medianMs: median(samples), samples: samples.length });
  }
  sec.weftPanelMedianMs = median(all);
  sec.weftPanelMedianOfMediansMs = median(sec.panel.filter((p) => p.medianMs !== undefined).map((p) => p.medianMs));

  const compilers = {
    weftWorkloads: { name: "Weft (its workload + predicate programs)", f: (src) => compile(src) },
    jsonata: { name: OTHERS.jsonata.label, f: OTHERS.jsonata.compile },
    jexl: { name: OTHERS.jexl.label, f: OTHERS.jexl.compile },
    filtrex: { name: `${OTHERS.filtrex.label} (compiles to JS with new Function)`, f: OTHERS.filtrex.compile },
    "expr-eval": { name: OTHERS["expr-eval"].label, f: OTHERS["expr-eval"].compile },
    cel: { name: `${OTHERS.cel.label} (Environment.parse)`, f: OTHERS.cel.compile },
    js: { name: "reference: V8 new Function (lazy: inner arrows compile on first call)", f: (src) => new Function("runs", "artifacts", src) },
  };
  for (const [key, c] of Object.entries(compilers)) {
    const templates = COMPILE_SETS[key];
    for (const t of templates) c.f(fresh(t)); // validity + warm-up
    const w = performance.now();
    while (performance.now() - w < 200 * SCALE) for (const t of templates) c.f(fresh(t));
    collect();
    const samples = [];
    const t0 = performance.now();
    while (samples.length < 50 || performance.now() - t0 < 400 * SCALE) {
      for (const t of templates) {
        const src = fresh(t);
        samples.push(timeOnce(() => c.f(src))[0]);
      }
    }
    sec.sets[key] = { name: c.name, expressions: templates.length, medianMs: median(samples), samples: samples.length };
  }
}

function printSection3() {
  const sec = results.sections.compile;
  if (!sec) return;
  heading("3. Compile latency: parse + check + compile, fresh source strings (median of single compiles)");
  out("Weft: compile(source) for 20 typical panel expressions; {N} is a different number on every compile.");
  const trs = sec.panel.map((p, i) => [String(i + 1), p.template.length > 92 ? p.template.slice(0, 89) + "..." : p.template, p.error ? "error" : fmtTime(p.medianMs), p.error ?? String(p.samples)]);
  trs.push(null);
  trs.push(["", "all 20: median of every compile", fmtTime(sec.weftPanelMedianMs), `target ≤ ${TARGETS.compileUs} µs`]);
  trs.push(["", "all 20: median of the per-expression medians", fmtTime(sec.weftPanelMedianOfMediansMs), ""]);
  out(table([{ title: "#", align: "r" }, { title: "Weft panel expression" }, { title: "median", align: "r" }, { title: "samples" }], trs));

  out("\nThe other evaluators' compile step, over their own expressions from sections 1 and 2 (Weft over its programs for the same workloads):");
  const weft = sec.sets.weftWorkloads.medianMs;
  const rows = Object.entries(sec.sets).map(([key, s]) => [s.name, String(s.expressions), fmtTime(s.medianMs), key === "weftWorkloads" ? "" : fmtRatio(s.medianMs / weft), String(s.samples)]);
  out(table([{ title: "implementation" }, { title: "expressions", align: "r" }, { title: "median", align: "r" }, { title: "× Weft", align: "r" }, { title: "samples", align: "r" }], rows));
}

// ---------------------------------------------------------------------------------------------
// Child processes (sections 4 and 5)

/** Spawns `node args`, resolves with { ms, stdout, code }; `until(stdout)` ends the timing early (then the child is sent `input`). */
function spawnTimed(args, { until, input, env } = {}) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, NO_COLOR: "1", ...env }, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let readyMs;
    child.stdout.on("data", (d) => {
      stdout += d;
      if (until && readyMs === undefined && until(stdout)) {
        readyMs = performance.now() - t0;
        child.stdin.end(input ?? "");
      }
    });
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("exit", (code) => {
      const exitMs = performance.now() - t0;
      if (until && readyMs === undefined) return reject(new Error(`node ${args.join(" ")} exited (${code}) before it was ready: ${stderr || stdout}`));
      resolve({ ms: readyMs ?? exitMs, exitMs, stdout, stderr, code });
    });
    if (!until) child.stdin.end();
  });
}

async function section4() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "weft-bench-"));
  const file = path.join(dir, "workspace-100k.json");
  try {
    out("\n  writing a 100,000-run workspace file (node examples/generate-workspace.mjs --runs 100000 --seed 7)...");
    const gen = await spawnTimed(["examples/generate-workspace.mjs", "--runs", "100000", "--seed", "7", "--out", file]);
    if (gen.code !== 0) throw new Error(`the generator failed: ${gen.stderr}`);
    const children = [];
    const count = QUICK ? 1 : 3;
    for (let i = 0; i < count; i++) {
      // The first process also times a second, JIT-warm load; the others only the cold one.
      const r = await spawnTimed(["--expose-gc", "bench/load-child.mjs", file, ...(i === 0 ? ["--warm"] : [])]);
      if (r.code !== 0) throw new Error(`bench/load-child.mjs failed: ${r.stderr}`);
      children.push(JSON.parse(r.stdout));
      out(`  load ${i + 1}/${count}: JSON.parse ${fmtTime(children[i].parseMs)}, loadWorkspace ${fmtTime(children[i].loadMs)}`);
    }
    const med = (k) => median(children.map((c) => c[k]));
    results.sections.load = {
      file: "node examples/generate-workspace.mjs --runs 100000 --seed 7",
      generateMs: gen.exitMs,
      processes: count,
      runs: children[0].runs,
      fileChars: children[0].textChars,
      readMs: med("readMs"),
      parseMs: med("parseMs"),
      loadMs: med("loadMs"),
      warmLoadMs: children[0].warmLoadMs,
      heapStart: med("heapStart"),
      heapAfterParse: med("heapAfterParse"),
      heapAfterLoad: med("heapAfterLoad"),
      heapWorkspaceOnly: med("heapWorkspaceOnly"),
      rssAfterLoad: med("rssAfterLoad"),
      maxRss: med("maxRss"),
      raw: children,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function printSection4() {
  const s = results.sections.load;
  if (!s) return;
  heading(`4. Load: a ${s.runs.toLocaleString("en-US")}-run workspace file (${(s.fileChars / 1e6).toFixed(0)} MB), fresh process, median of ${s.processes}`);
  const rows = [
    ["readFileSync (utf8)", fmtTime(s.readMs), ""],
    ["JSON.parse", fmtTime(s.parseMs), "the floor: what any consumer of the file pays"],
    ["loadWorkspace (first in the process)", fmtTime(s.loadMs), `${fmtRatio(s.loadMs / s.parseMs)} JSON.parse; target ≤ ${fmtTime(TARGETS.loadMs)}`],
    ["loadWorkspace (second in the process, JIT-warm)", fmtTime(s.warmLoadMs), `${fmtRatio(s.warmLoadMs / s.parseMs)} JSON.parse (first process only)`],
    ["JSON.parse + loadWorkspace", fmtTime(s.parseMs + s.loadMs), ""],
    null,
    ["heap: parsed file (after GC)", fmtBytes(s.heapAfterParse - s.heapStart), ""],
    ["heap: parsed file + workspace", fmtBytes(s.heapAfterLoad - s.heapStart), ""],
    ["heap: workspace alone (file dropped)", fmtBytes(s.heapWorkspaceOnly - s.heapStart), `${fmtRatio((s.heapWorkspaceOnly - s.heapStart) / (s.heapAfterParse - s.heapStart))} the parsed file`],
    ["RSS after load / peak RSS", `${fmtBytes(s.rssAfterLoad)} / ${fmtBytes(s.maxRss)}`, "(the process also held the file's text while parsing)"],
  ];
  out(table([{ title: "step" }, { title: "median", align: "r" }, { title: "note" }], rows));
}

async function section5() {
  const runs = QUICK ? 3 : 5;
  const cases = [
    { key: "node", name: "node -e 0 (the floor)", args: ["-e", "0"] },
    { key: "eval", name: "weft eval 1 (to exit)", args: ["dist/src/cli/bin.js", "eval", "1"] },
    { key: "repl", name: "weft repl (to the first prompt)", args: ["dist/src/cli/bin.js", "repl"], until: (s) => s.includes("weft> "), input: ".exit\n" },
  ];
  const sec = { runs, cases: {} };
  results.sections.startup = sec;
  for (const c of cases) {
    await spawnTimed(c.args, c); // warm the file system cache
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push((await spawnTimed(c.args, c)).ms);
    sec.cases[c.key] = { name: c.name, command: `node ${c.args.join(" ")}`, medianMs: median(samples), minMs: Math.min(...samples), samples };
  }
}

function printSection5() {
  const s = results.sections.startup;
  if (!s) return;
  heading(`5. Cold start: a fresh node process, median of ${s.runs} (after one unmeasured run)`);
  const floor = s.cases.node.medianMs;
  const rows = Object.values(s.cases).map((c) => [c.name, fmtTime(c.medianMs), fmtTime(c.minMs), fmtRatio(c.medianMs / floor), c === s.cases.node ? "" : fmtTime(c.medianMs - floor)]);
  out(table([{ title: "command" }, { title: "median", align: "r" }, { title: "min", align: "r" }, { title: "× node -e 0", align: "r" }, { title: "above the floor", align: "r" }], rows));
}

// ---------------------------------------------------------------------------------------------
// Targets

function targets(perSize) {
  const t = [];
  const add = (target, value, met, detail) => t.push({ target, value, met, detail });
  if (perSize) {
    for (const size of SIZES) {
      const ratios = WORKLOADS.map((w) => [w.id, perSize[size].workloads[w.id].impls.weft.ratioToJs]);
      const worst = ratios.reduce((a, b) => (b[1] > a[1] ? b : a));
      const over = ratios.filter(([, r]) => !(r <= TARGETS.workloadRatio)).map(([id, r]) => `${id} ${fmtRatio(r)}`);
      add(`every workload within ${TARGETS.workloadRatio}× of JavaScript at ${size.toLocaleString("en-US")} runs`, `worst ${worst[0]} ${fmtRatio(worst[1])}`, over.length === 0, over.length ? `over: ${over.join(", ")}` : "");
    }
    const losses = [];
    let comparisons = 0;
    for (const size of SIZES)
      for (const w of WORKLOADS)
        for (const name of OTHER_NAMES) {
          const e = perSize[size].workloads[w.id].impls[name];
          if (e.na) continue;
          comparisons++;
          if (!(e.ratioToWeft > 1)) losses.push(`${name} on ${w.id}@${size / 1000}k (${fmtRatio(1 / e.ratioToWeft)} faster)`);
        }
    add("faster than every other evaluator on every workload", `${comparisons - losses.length} of ${comparisons} comparisons won`, losses.length === 0, losses.length ? `loses to: ${losses.join("; ")}` : "");
  }
  const p = results.sections.predicate;
  if (p && p.impls.weft.na) add(`per-run predicate at least ${TARGETS.predicateSpeed}× as fast as JavaScript`, "n/a", false, p.impls.weft.na);
  else if (p) {
    add(`per-run predicate at least ${TARGETS.predicateSpeed}× as fast as JavaScript`, `${p.impls.weft.speedVsJs.toFixed(3)}× (${fmtRate(p.impls.weft.evalsPerSecond)} vs ${fmtRate(p.impls.js.evalsPerSecond)})`, p.impls.weft.speedVsJs >= TARGETS.predicateSpeed, "");
  }
  const c = results.sections.compile;
  if (c) add(`compile ≤ ${TARGETS.compileUs} µs median (20 panel expressions)`, fmtTime(c.weftPanelMedianMs), c.weftPanelMedianMs * 1000 <= TARGETS.compileUs, "");
  const l = results.sections.load;
  if (l) add(`100k load ≤ ${fmtTime(TARGETS.loadMs)} (loadWorkspace, first in a fresh process)`, `${fmtTime(l.loadMs)} (+ JSON.parse ${fmtTime(l.parseMs)})`, l.loadMs <= TARGETS.loadMs, "");
  const s = results.sections.startup;
  if (s) add(`REPL ready ≤ ${TARGETS.replMs} ms`, fmtTime(s.cases.repl.medianMs), s.cases.repl.medianMs <= TARGETS.replMs, `node -e 0: ${fmtTime(s.cases.node.medianMs)}`);
  results.targets = t;
  heading("Targets");
  out(table([{ title: "target" }, { title: "measured" }, { title: "met?" }, { title: "detail" }], t.map((x) => [x.target, x.value, x.met ? "met" : "NOT MET", x.detail])));
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const t0 = performance.now();
  out(`Weft benchmark — ${startedAt.toISOString()}`);
  out(`Node ${process.version}, ${results.platform}, ${results.cpus} cores (${results.cpuModel}), ${fmtBytes(results.totalMemory)} RAM`);
  out(`load average at start (1, 5, 15 min): ${results.loadavgStart.map((x) => x.toFixed(2)).join(", ")}${results.loadavgStart[0] > results.cpus * 0.5 ? "  — other processes are running: expect noise" : ""}`);
  if (results.git) out(`checkout: ${results.git.commit.slice(0, 12)} with ${results.git.changedFiles} changed or new files (the working tree is measured, as built by npm run build)`);
  out(`evaluators: ${Object.values(OTHERS).map((o) => o.label).join(", ")}${QUICK ? "  [--quick: short budgets]" : ""}`);
  if (typeof globalThis.gc !== "function") out("(run with --expose-gc for a GC between measurements)");

  let perSize;
  if (SECTIONS.has("1")) perSize = await section1And2();
  else if (SECTIONS.has("2")) {
    const file = generateWorkspace({ runs: 100_000, seed: SEED });
    await section2(loadWorkspace(file), plainData(file));
  }
  collect(true);
  printSection2();
  if (SECTIONS.has("3")) await section3();
  printSection3();
  if (SECTIONS.has("4")) await section4();
  printSection4();
  if (SECTIONS.has("5")) await section5();
  printSection5();
  targets(perSize);

  results.loadavgEnd = os.loadavg();
  results.totalSeconds = (performance.now() - t0) / 1000;
  out(`\nload average at end: ${results.loadavgEnd.map((x) => x.toFixed(2)).join(", ")}; total ${results.totalSeconds.toFixed(0)} s`);
  if (SAVE) {
    const dir = path.join(here, "results");
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${startedAt.toISOString().slice(0, 10)}.json`);
    writeFileSync(file, JSON.stringify(results, null, 2) + "\n");
    out(`raw results: ${path.relative(root, file)}`);
  }
}

await main();
