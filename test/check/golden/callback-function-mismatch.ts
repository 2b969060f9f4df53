// @ts-nocheck
// A function of Artifacts passed where a function of Runs is required.
// expect: error 5:7 the argument `get` of `names` is (artifact: Artifact) => string, but (r: Run) => string is required
const names = (get: (r: Run) => string) => runs.map(get)
names(artifactName)
