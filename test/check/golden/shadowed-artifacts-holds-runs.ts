// @ts-nocheck
// A program's `artifacts` holding runs.
// expect: error 5:33 the argument `artifact` of `artifactLink` is a Run, but an Artifact is required
const artifacts = runs.filter(r => runJobType(r) === "train")
artifacts.map(a => artifactLink(a))
