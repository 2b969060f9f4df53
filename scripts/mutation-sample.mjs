#!/usr/bin/env node
// Prints a `--mutate` list that samples an area's source lines, for a mutation run that fits in
// minutes instead of hours (docs/mutation.md, "Sampled runs"):
//
//   npx stryker run --mutate "$(node scripts/mutation-sample.mjs eval 0.1)" \
//     --incrementalFile reports/mutation/sample-eval.incremental.json
//
// Arguments: the area (eval, check), the fraction of code lines to take (default 0.1), and a seed
// (default 7). The same arguments give the same lines. Blank lines and comment lines are never
// taken. A mutant is tried when it lies wholly on a taken line, so mutants that span several lines
// (a whole block emptied) are under-represented.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const AREAS = {
  eval: ["src/eval", "src/runtime"],
  check: ["src/check"],
};

const [area = "eval", fractionText = "0.1", seedText = "7"] = process.argv.slice(2);
const dirs = AREAS[area];
if (!dirs) {
  console.error(`unknown area ${area}: one of ${Object.keys(AREAS).join(", ")}`);
  process.exit(2);
}
const fraction = Number(fractionText);
let seed = Number(seedText) >>> 0 || 7;
/** mulberry32: a small seeded generator, so a sample can be taken again. */
function random() {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const ranges = [];
for (const dir of dirs) {
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts")).sort()) {
    const path = join(dir, name);
    const lines = readFileSync(path, "utf8").split("\n");
    lines.forEach((text, i) => {
      const t = text.trim();
      if (t === "" || t.startsWith("//") || t.startsWith("*") || t.startsWith("/*")) return;
      if (random() < fraction) ranges.push(`${path}:${i + 1}-${i + 1}`);
    });
  }
}
process.stdout.write(ranges.join(","));
