// @ts-nocheck
// `!==` between types with no overlap is always true.
// expect: error 4:18 this comparison is always true: string and boolean have no value in common
runs.filter(r => r.state !== true)
