// @ts-nocheck
// Without an initial value, reduce's accumulator is a Run: adding a number to it is an error.
// expect: error 4:25 `+` cannot add a Run and a number
runs.reduce((acc, r) => acc + runRuntime(r))
