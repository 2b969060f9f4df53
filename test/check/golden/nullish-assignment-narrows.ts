// @ts-nocheck
// `job ??= "none"` leaves job a string.
// expect: no diagnostics
let job = runJobType(runs[0])
job ??= "none"
job.toUpperCase()
