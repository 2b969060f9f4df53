// @ts-nocheck
// find may give undefined: reading a field of its result is a warning.
// expect: warning 4:1 this may be undefined: check it first (`if (x)`, `x?.`, `x ?? …`)
runs.find(r => runName(r) === "zesty-sun-1").id
