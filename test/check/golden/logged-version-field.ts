// @ts-nocheck
// runLoggedArtifactVersion gives `ArtifactVersion | undefined`.
// expect: warning 5:1 this may be undefined: check it first (`if (x)`, `x?.`, `x ?? …`)
const model = runLoggedArtifactVersion(runs[0], "model:latest")
model.size
