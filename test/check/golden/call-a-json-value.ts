// @ts-nocheck
// A summary value is JSON data, never a function: calling it cannot work.
// expect: error 4:15 `accuracy` is not a function (it is JsonValue)
runs.map(r => runSummary(r).accuracy(1))
