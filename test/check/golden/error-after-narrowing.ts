// @ts-nocheck
// Narrowing removes `undefined` only: the narrowed Run is still not an Artifact.
// expect: error 5:24 the argument `artifact` of `artifactName` is a Run, but an Artifact is required
const best = runs.find(r => runSummary(r).accuracy > 0.9)
if (best) artifactName(best)
