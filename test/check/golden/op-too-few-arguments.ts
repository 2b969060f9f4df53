// @ts-nocheck
// runLoggedArtifactVersion needs the artifact's name.
// expect: error 4:15 `runLoggedArtifactVersion` takes 2 arguments, got 1
runs.map(r => runLoggedArtifactVersion(r))
