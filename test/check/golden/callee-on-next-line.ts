// @ts-nocheck
// No semicolon: the parenthesised line continues the call on the line before, as in JavaScript.
// known: the message calls the callee `this`; it should name the call (`runJobType(…)`)
// expect: error 7:15 `runJobType(…)` is not a function (it is a string)
// expect: warning 7:15 this may be undefined: check it first (`if (x)`, `x?.`, `x ?? …`)
const names = runs.map(r => runName(r))
const first = runJobType(runs[0])
(names[0] ?? "none").toUpperCase()
