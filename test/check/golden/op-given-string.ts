// @ts-nocheck
// A run's id (a string) passed where a Run is required.
// expect: error 4:9 the argument `run` of `runName` is a string, but a Run is required
runName(runs[0].id)
