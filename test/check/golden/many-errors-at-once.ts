// @ts-nocheck
// All the errors of a program are reported at once, in source order, warnings among them.
// expect: error 9:15 unknown name `runNme` (did you mean `runName`?)
// expect: error 10:28 the argument `run` of `runName` is an Artifact, but a Run is required
// expect: error 12:1 cannot assign to `limit` because it is a constant
// expect: error 13:1 a Date cannot be subtracted from a Date: use `a.getTime() - b.getTime()` for the milliseconds between them
// expect: warning 14:1 this may be undefined: check it first (`if (x)`, `x?.`, `x ?? …`)
// expect: error 15:18 `>` cannot compare a string with a number
runs.map(r => runNme(r))
artifacts.map(a => runName(a))
const limit = 1
limit = 2
runCreatedAt(runs[0]) - runCreatedAt(runs[1])
runs.find(r => r.state === "crashed").id
runs.filter(r => runName(r) > 3)
