#!/usr/bin/env node
// `npm run fuzz`: the properties of test/properties/ with a long budget and fresh seeds.
//
//   npm run fuzz                      the full budget: 1M parser inputs, 100k of everything else
//   npm run fuzz -- --scale 0.01      1% of it (a smoke run: a few minutes)
//   npm run fuzz -- --only parser,printer
//   npm run fuzz -- --workers 2       property files run side by side (vitest's --maxWorkers)
//
// It runs the same property files `npm test` runs, under vitest, with WEFT_FUZZ set to the scale
// (test/properties/harness.ts reads it). Each distinct failure found is shrunk and written to
// test/properties/regressions/<property>-<hash>.json, which `npm test` then replays. Each property
// prints its rate and how long its full budget takes; a summary of the run is printed at the end
// (and every property's numbers are appended to reports/fuzz.jsonl). The exit status is vitest's:
// non-zero when a new failure was found.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const FILES = {
  differential: "test/properties/differential.test.ts",
  printer: "test/properties/printer.test.ts",
  parser: "test/properties/parser.test.ts",
  checker: "test/properties/checker.test.ts",
  determinism: "test/properties/determinism.test.ts",
  isolation: "test/properties/isolation.test.ts",
};

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = process.argv[i + 1];
  if (value === undefined || value.startsWith("--")) {
    console.error(`--${name} needs a value`);
    process.exit(2);
  }
  return value;
}

if (process.argv.includes("--help") || process.argv.includes("-h")) {
  const lines = readFileSync(fileURLToPath(import.meta.url), "utf8").split("\n").slice(1);
  console.log(lines.slice(0, lines.findIndex((l) => !l.startsWith("//"))).map((l) => l.replace(/^\/\/ ?/, "")).join("\n"));
  process.exit(0);
}

const scale = Number(option("scale", "1"));
if (!Number.isFinite(scale) || scale <= 0) {
  console.error(`--scale must be a positive number, got ${option("scale", "")}`);
  process.exit(2);
}
const only = option("only", Object.keys(FILES).join(",")).split(",").filter(Boolean);
const unknown = only.filter((name) => !(name in FILES));
if (unknown.length > 0) {
  console.error(`unknown propert${unknown.length > 1 ? "ies" : "y"} ${unknown.join(", ")}; choose from ${Object.keys(FILES).join(", ")}`);
  process.exit(2);
}

const workers = option("workers", "");
if (workers !== "" && !(Number.isInteger(Number(workers)) && Number(workers) > 0)) {
  console.error(`--workers must be a positive whole number, got ${workers}`);
  process.exit(2);
}

const started = new Date();
console.log(`fuzzing ${only.join(", ")} at scale ${scale} (started ${started.toISOString()})`);
const vitest = fileURLToPath(new URL("../node_modules/vitest/vitest.mjs", import.meta.url));
const result = spawnSync(process.execPath, [vitest, "run", ...(workers ? [`--maxWorkers=${workers}`] : []), ...only.map((name) => FILES[name])], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, WEFT_FUZZ: String(scale) },
});

// The summary: what each property did in this run, from reports/fuzz.jsonl.
let lines = [];
try {
  lines = readFileSync(new URL("../reports/fuzz.jsonl", import.meta.url), "utf8").trim().split("\n").map((l) => JSON.parse(l));
} catch {
  // none written
}
const runs = lines.filter((l) => Date.parse(l.when) >= started.getTime());
const duration = (s) => (s < 120 ? `${s.toFixed(0)} s` : s < 7200 ? `${(s / 60).toFixed(0)} min` : `${(s / 3600).toFixed(1)} h`);
if (runs.length > 0) {
  console.log("\nproperty                     runs      seconds   runs/s   full budget   full budget takes   new failures");
  let serial = 0;
  for (const r of runs) {
    const full = r.fullBudget / Math.max(r.perSecond, 1e-9);
    serial += full;
    console.log(
      `${r.property.padEnd(28)} ${String(r.runs).padStart(8)} ${r.seconds.toFixed(1).padStart(10)} ${r.perSecond.toFixed(0).padStart(8)} ${String(r.fullBudget).padStart(13)} ${duration(full).padStart(19)} ${String(r.newFailures).padStart(14)}`,
    );
  }
  console.log(`\nthe full budget takes ~${duration(serial)} of one core at these rates (vitest runs the files in parallel, one per core)`);
}
const elapsed = (Date.now() - started.getTime()) / 1000;
console.log(`this run took ${duration(elapsed)}; new failures, if any, are in test/properties/regressions/`);
process.exit(result.status ?? 1);
