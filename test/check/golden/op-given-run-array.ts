// @ts-nocheck
// The array of runs passed where one Run is required.
// expect: error 4:9 the argument `run` of `runName` is a Run[], but a Run is required
runName(runs)
