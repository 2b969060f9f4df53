// @ts-nocheck
// In a nested arrow, the inner parameter is an Artifact.
// expect: error 4:42 the argument `run` of `runName` is an Artifact, but a Run is required
runs.map(r => artifacts.map(a => runName(a)))
