// @ts-nocheck
// A misspelt ArtifactVersion field in a callback.
// expect: error 4:43 ArtifactVersion has no field `sizee` (did you mean `size`?)
artifactVersions(artifacts[0]).map(v => v.sizee)
