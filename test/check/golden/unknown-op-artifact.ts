// @ts-nocheck
// A misspelt artifact op.
// expect: error 4:20 unknown name `artifactVersion` (did you mean `artifactVersions`?)
artifacts.map(a => artifactVersion(a))
