// @ts-nocheck
// Each read of a maybe-undefined value is reported (nothing narrows `t` between them).
// expect: warning 6:1 this may be undefined: check it first (`if (x)`, `x?.`, `x ?? …`)
// expect: warning 6:17 this may be undefined: check it first (`if (x)`, `x?.`, `x ?? …`)
const t = runJobType(runs[0])
t.length > 0 && t.startsWith("t")
