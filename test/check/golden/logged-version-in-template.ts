// @ts-nocheck
// A maybe-undefined version's field inside a template literal.
// expect: warning 5:16 this may be undefined: check it first (`if (x)`, `x?.`, `x ?? …`)
const model = runLoggedArtifactVersion(runs[0], "model:latest")
`model size: ${model.size}`
