// @ts-nocheck
// A spread argument's elements must fit the rest parameter: names are not numbers.
// expect: error 4:10 the spread argument of `max` is a string[], but a number[] is required
Math.max(...runs.map(r => runName(r)))
