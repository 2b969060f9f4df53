// @ts-nocheck
// An op called with no argument inside a callback.
// expect: error 4:20 `artifactVersions` takes 1 argument, got 0
artifacts.map(a => artifactVersions())
