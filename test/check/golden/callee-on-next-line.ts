// @ts-nocheck
// No semicolon: the parenthesised line continues the call on the line before, as in JavaScript.
// expect: error 6:15 `runJobType(runs[0])` is not a function (it is a string)
// expect: warning 6:15 this may be undefined: check it first (`if (x)`, `x?.`, `x ?? …`)
const names = runs.map(r => runName(r))
const first = runJobType(runs[0])
(names[0] ?? "none").toUpperCase()
