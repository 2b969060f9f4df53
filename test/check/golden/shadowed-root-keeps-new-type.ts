// @ts-nocheck
// A program's `runs` shadows the root: here it holds artifacts.
// expect: error 5:23 the argument `run` of `runName` is an Artifact, but a Run is required
const runs = artifacts
runs.map(r => runName(r))
