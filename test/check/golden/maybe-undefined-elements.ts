// @ts-nocheck
// map over runJobType gives (string | undefined)[]: each element may be undefined.
// expect: warning 5:15 this may be undefined: check it first (`if (x)`, `x?.`, `x ?? …`)
const jobs = runs.map(r => runJobType(r))
jobs.map(j => j.toUpperCase())
