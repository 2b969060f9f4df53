// @ts-nocheck
// A spread argument's elements must fit the rest parameter: names are not numbers.
// known: no error: spread arguments are used only to infer, never checked against the parameter
// expect: error 5:10 the spread argument of `max` is a string[], but a number[] is required
Math.max(...runs.map(r => runName(r)))
