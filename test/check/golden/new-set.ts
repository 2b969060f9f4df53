// @ts-nocheck
// Only Date can be constructed.
// expect: error 4:5 only `new Date(…)` can be constructed in Weft, not `new Set`
new Set(runs.map(r => runUser(r).username))
