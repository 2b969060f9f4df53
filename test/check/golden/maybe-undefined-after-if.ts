// @ts-nocheck
// Narrowing holds inside the `if` only; after it the value may again be undefined.
// expect: warning 8:1 this may be undefined: check it first (`if (x)`, `x?.`, `x ?? …`)
const model = runLoggedArtifactVersion(runs[0], "model:latest")
if (model) {
  console.log(model.size)
}
model.size
