// @ts-nocheck
// The loop variable of a for-of over artifacts is an Artifact.
// expect: error 4:48 the argument `run` of `runName` is an Artifact, but a Run is required
for (const a of artifacts) console.log(runName(a))
