// @ts-nocheck
// Names are strings: `-` between them is an error on each operand.
// expect: error 5:21 `-` needs a number, got a string
// expect: error 5:34 `-` needs a number, got a string
runs.sort((a, b) => runName(a) - runName(b))
