// @ts-nocheck
// Math.max takes numbers, not an array of them (spread it).
// known: a rest parameter loses its name: the message says `value` instead of `values` (stdlib's name)
// expect: error 5:10 the argument `values` of `max` is a number[], but a number is required
Math.max(runs.map(r => runRuntime(r)))
