// @ts-nocheck
// A comparator must return a number; `<` gives a boolean.
// expect: error 4:21 the callback's result is a boolean, but a number is required
runs.sort((a, b) => runName(a) < runName(b))
