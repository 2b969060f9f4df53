// @ts-nocheck
// A JSON value (from a summary) is never a Date.
// expect: error 4:18 this comparison is always false: JsonValue and Date have no value in common
runs.filter(r => runSummary(r).accuracy === runCreatedAt(r))
