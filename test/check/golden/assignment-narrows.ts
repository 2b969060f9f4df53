// @ts-nocheck
// After `if (job === undefined) job = "none"`, job is a string on every path.
// expect: no diagnostics
let job = runJobType(runs[0])
if (job === undefined) job = "none"
job.toUpperCase()
