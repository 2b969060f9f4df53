// @ts-nocheck
// A JSON value tested `=== undefined` stays a JSON value where the test holds (it may be missing, or hold anything JSON can).
// expect: no diagnostics
const j = runConfig(runs[0]).x
if (j === undefined) { const s: string = j } else { const t: string = j }
