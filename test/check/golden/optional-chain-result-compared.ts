// @ts-nocheck
// `v?.size` may be undefined: comparing it is a warning.
// expect: warning 4:18 this operand of `>` may be undefined
runs.filter(r => runLoggedArtifactVersion(r, "model")?.size > 100)
