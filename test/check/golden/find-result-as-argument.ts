// @ts-nocheck
// The result of find passed to an op that requires a Run.
// expect: warning 5:9 the argument `run` of `runName` may be undefined, but a Run is required
const run = runs.find(r => runSummary(r).accuracy > 0.99)
runName(run)
