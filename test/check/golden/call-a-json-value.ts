// @ts-nocheck
// A summary value is JSON data, never a function: calling it cannot work.
// known: no error: a method call on a JSON value is not checked at all (the result is `any`)
// expect: error 5:15 `accuracy` is not a function (it is JsonValue)
runs.map(r => runSummary(r).accuracy(1))
