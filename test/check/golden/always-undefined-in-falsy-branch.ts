// @ts-nocheck
// In the branch where the version is falsy, it is always undefined: reading it is an error.
// expect: error 6:15 this is always undefined
const model = runLoggedArtifactVersion(runs[0], "model:latest")
if (!model) {
  console.log(model.size)
}
