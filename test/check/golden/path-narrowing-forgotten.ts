// @ts-nocheck
// A property path stays narrowed until something is assigned into its object.
// expect: warning 8:15 this may be undefined: check it first (`if (x)`, `x?.`, `x ?? …`)
const row = { model: runLoggedArtifactVersion(runs[0], "model") }
if (row.model) {
  console.log(row.model.size)
  row.model = undefined
  console.log(row.model.size)
}
