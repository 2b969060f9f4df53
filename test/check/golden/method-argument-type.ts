// @ts-nocheck
// padStart's first argument is a number.
// expect: error 4:35 the argument `length` of `padStart` is a string, but a number is required
runs.map(r => runName(r).padStart("x"))
