// @ts-nocheck
// reduce with an initial 0 gives a number.
// expect: error 4:49 numbers have no method `toUpperCase`
runs.reduce((acc, r) => acc + runRuntime(r), 0).toUpperCase()
