// @ts-nocheck
// findLast, like find, may give undefined.
// expect: warning 4:1 this may be undefined: check it first (`if (x)`, `x?.`, `x ?? …`)
runs.findLast(r => r.state === "running").state
