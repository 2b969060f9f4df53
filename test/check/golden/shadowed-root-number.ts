// @ts-nocheck
// A shadowing `runs` that is a number has no filter.
// expect: error 5:6 numbers have no method `filter`
const runs = 5
runs.filter(r => r)
