// @ts-nocheck
// An Artifact passed where a Run is required.
// expect: error 4:28 the argument `run` of `runName` is an Artifact, but a Run is required
artifacts.map(a => runName(a))
