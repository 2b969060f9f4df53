// @ts-nocheck
// runJobType's result used directly in a callback.
// expect: warning 4:18 this may be undefined: check it first (`if (x)`, `x?.`, `x ?? …`)
runs.filter(r => runJobType(r).startsWith("tr"))
