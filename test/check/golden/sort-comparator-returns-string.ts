// @ts-nocheck
// A comparator that returns a string.
// expect: error 4:25 the callback's result is a string, but a number is required
runs.toSorted((a, b) => runName(a))
