// @ts-nocheck
// `const runs = runs.filter(…)` reads the new `runs` before it has a value (JavaScript's temporal dead zone), as TypeScript reports.
// (A known defect of the checker once; fixed.)
// expect: error 5:14 `runs` is used before its declaration
const runs = runs.filter(r => runRuntime(r) > 60)
runs.length
