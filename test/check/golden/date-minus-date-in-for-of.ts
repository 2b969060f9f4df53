// @ts-nocheck
// Date - Date in a for-of body, one Date from an ArtifactVersion field.
// expect: error 6:15 a Date cannot be subtracted from a Date: use `a.getTime() - b.getTime()` for the milliseconds between them
const start = runCreatedAt(runs[0])
for (const v of artifactVersions(artifacts[0])) {
  console.log(v.createdAt - start)
}
