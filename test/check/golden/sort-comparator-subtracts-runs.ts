// @ts-nocheck
// The comparator's parameters are Runs, inferred from the array.
// expect: error 5:21 `-` needs a number, got a Run
// expect: error 5:25 `-` needs a number, got a Run
runs.sort((a, b) => a - b)
