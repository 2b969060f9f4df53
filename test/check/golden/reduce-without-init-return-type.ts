// @ts-nocheck
// Without an initial value, the callback must return a Run.
// expect: error 4:23 the callback's result is a number, but a Run is required
runs.reduce((a, b) => runRuntime(a) + runRuntime(b))
