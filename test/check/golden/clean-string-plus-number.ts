// @ts-nocheck
// `+` on a string and a number is concatenation, as in TypeScript.
// expect: no diagnostics
const label = "runs: " + runs.length
const line = runs.length + " runs"
runs.map(r => runName(r) + " (" + runRuntime(r) + " s)").concat([label, line])
