// @ts-nocheck
// includes on a string[] takes a string.
// expect: error 4:36 the argument `value` of `includes` is a number, but a string is required
runs.map(r => runName(r)).includes(1)
