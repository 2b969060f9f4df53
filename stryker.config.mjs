// Mutation testing with StrykerJS: `npm run mutate` (src/ and stdlib/), `npm run mutate:eval`
// (the evaluator: src/eval/, src/runtime/), `npm run mutate:check` (the checker: src/check/).
// docs/mutation.md has the commands, the scores and what survives.
//
// Each area keeps its own incremental file and reports under reports/mutation/ (gitignored), picked
// by the npm script's name, so a run of one area does not throw away another's results. A run of
// one file for a quick look: `npx stryker run --mutate src/eval/compile.ts --incrementalFile
// reports/mutation/scratch.incremental.json`.

const AREAS = {
  all: [
    "src/**/*.ts",
    "stdlib/**/*.ts",
    // The Node-only CLI and REPL, tested by spawning the built dist/, which Stryker does not mutate.
    "!src/cli/**",
    "!src/testing/**",
    // Types and re-exports only: nothing for a mutant to change.
    "!src/ast.ts",
    "!src/index.ts",
    "!**/*.d.ts",
  ],
  eval: ["src/eval/**/*.ts", "src/runtime/**/*.ts"],
  check: ["src/check/**/*.ts"],
};

const script = process.env.npm_lifecycle_event ?? "";
const area = script === "mutate:eval" ? "eval" : script === "mutate:check" ? "check" : "all";

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts" },
  coverageAnalysis: "perTest",
  mutate: AREAS[area],
  incremental: true,
  incrementalFile: `reports/mutation/${area}.incremental.json`,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: `reports/mutation/${area}.html` },
  jsonReporter: { fileName: `reports/mutation/${area}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  // Two cores: one test runner by default; `--concurrency 2` on an idle machine.
  concurrency: 1,
  ignorePatterns: ["dist", "coverage", "bench/results"],
  // vitest does not type-check, and the checker's golden files must stay byte for byte as written.
  disableTypeChecks: false,
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
  timeoutMS: 10000,
};
