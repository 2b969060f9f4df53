// @ts-nocheck
// Both arguments of runLoggedArtifactVersion in the wrong order: two errors at once.
// expect: error 5:26 the argument `run` of `runLoggedArtifactVersion` is a string, but a Run is required
// expect: error 5:42 the argument `artifactVersionName` of `runLoggedArtifactVersion` is a Run, but a string is required
runLoggedArtifactVersion("model:latest", runs[0])
