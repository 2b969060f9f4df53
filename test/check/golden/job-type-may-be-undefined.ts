// @ts-nocheck
// runJobType gives `string | undefined`.
// expect: warning 5:1 this may be undefined: check it first (`if (x)`, `x?.`, `x ?? …`)
const job = runJobType(runs[0])
job.toUpperCase()
