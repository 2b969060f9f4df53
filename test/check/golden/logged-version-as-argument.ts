// @ts-nocheck
// A maybe-undefined version passed to an op.
// expect: warning 5:21 the argument `version` of `artifactVersionSize` may be undefined, but an ArtifactVersion is required
const model = runLoggedArtifactVersion(runs[0], "model:latest")
artifactVersionSize(model)
