// @ts-nocheck
// `**` with a string exponent.
// expect: error 4:16 `**` needs a number, got a string
runs.length ** "2"
