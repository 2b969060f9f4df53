// @ts-nocheck
// The initial value 0 makes the accumulator a number; the callback returns a string.
// known: no error: the callback's return type widens the accumulator to `number | string` instead of being checked against `number`
// expect: error 5:13 the argument `callback` of `reduce` is (acc: number, r: Run) => string, but (accumulator: number, value: Run, index: number, array: Run[]) => number is required
runs.reduce((acc, r) => acc + runName(r), 0)
