// @ts-nocheck
// `job ??= "none"` leaves job a string.
// known: false warning: `??=` does not narrow the variable
// expect: no diagnostics
let job = runJobType(runs[0])
job ??= "none"
job.toUpperCase()
