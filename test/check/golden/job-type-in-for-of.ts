// @ts-nocheck
// A maybe-undefined value read in a for-of body.
// expect: warning 6:15 this may be undefined: check it first (`if (x)`, `x?.`, `x ?? …`)
for (const r of runs) {
  const job = runJobType(r)
  console.log(job.length)
}
