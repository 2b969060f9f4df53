// @ts-nocheck
// `v?.size` may be undefined: multiplying it is a warning.
// expect: warning 5:1 this operand of `*` may be undefined
const model = runLoggedArtifactVersion(runs[0], "model")
model?.size * 2
