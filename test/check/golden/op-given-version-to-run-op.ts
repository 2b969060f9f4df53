// @ts-nocheck
// flatMap's result is ArtifactVersion[]: its elements are not Runs.
// expect: error 4:66 the argument `run` of `runName` is an ArtifactVersion, but a Run is required
runs.flatMap(r => runLoggedArtifactVersions(r)).map(v => runName(v))
