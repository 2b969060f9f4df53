// @ts-nocheck
// `n => n` does not rule out undefined exactly (0 is falsy too): the elements may still be undefined.
// expect: warning 5:31 this may be undefined: check it first (`if (x)`, `x?.`, `x ?? …`)
const sizes = runs.map(r => runLoggedArtifactVersion(r, "model")?.size)
sizes.filter(n => n).map(n => n.toFixed(0))
