// @ts-nocheck
// After `if (v) return …`, v is undefined: reading it is an error.
// expect: error 7:10 this is always undefined
runs.map(r => {
  const v = runLoggedArtifactVersion(r, "model")
  if (v) return v.size
  return v.size
})
