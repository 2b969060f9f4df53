// @ts-nocheck
// Unary minus on a string.
// expect: error 4:2 `-` needs a number, got a string
-runName(runs[0])
