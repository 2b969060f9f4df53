// @ts-nocheck
// A declared return type is checked against the expression body.
// expect: error 4:37 the returned value is a number, but a string is required
const minutes = (r: Run): string => runRuntime(r) / 60
