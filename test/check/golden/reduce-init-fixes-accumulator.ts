// @ts-nocheck
// The initial value 0 makes the accumulator a number; the callback returns a string.
// expect: error 4:25 the callback's result is a string, but a number is required
runs.reduce((acc, r) => acc + runName(r), 0)
