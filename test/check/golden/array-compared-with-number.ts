// @ts-nocheck
// An array compared with a number, in a nested arrow.
// expect: error 4:53 `>` cannot compare a string[] with a number
artifacts.filter(a => artifactVersions(a).some(v => v.aliases > 2))
