// @ts-nocheck
// Math.max takes numbers, not an array of them (spread it).
// expect: error 4:10 the argument `values` of `max` is a number[], but a number is required
Math.max(runs.map(r => runRuntime(r)))
