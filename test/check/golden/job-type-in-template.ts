// @ts-nocheck
// A maybe-undefined value's method called inside a template literal.
// expect: warning 5:4 this may be undefined: check it first (`if (x)`, `x?.`, `x ?? …`)
const job = runJobType(runs[0])
`${job.toUpperCase()}`
