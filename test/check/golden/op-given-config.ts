// @ts-nocheck
// A ConfigDict passed where a Run is required.
// expect: error 4:23 the argument `run` of `runName` is a ConfigDict, but a Run is required
runs.map(r => runName(runConfig(r)))
