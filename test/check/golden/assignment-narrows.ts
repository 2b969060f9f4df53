// @ts-nocheck
// After `if (job === undefined) job = "none"`, job is a string on every path.
// known: false warning: an assignment inside an `if` does not narrow the code after it
// expect: no diagnostics
let job = runJobType(runs[0])
if (job === undefined) job = "none"
job.toUpperCase()
