// @ts-nocheck
// A `let` loop variable keeps the element type.
// expect: error 4:25 the value is an Artifact, but a Run is required
for (let r of runs) r = artifacts[0]
