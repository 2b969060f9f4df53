// @ts-nocheck
// `find(v => v !== undefined)` gives a version (or undefined, if none is there).
// expect: warning 6:1 this may be undefined: check it first (`if (x)`, `x?.`, `x ?? …`)
const versions = runs.map(r => runLoggedArtifactVersion(r, "model"))
const first = versions.find(v => v !== undefined)
first.size
