// @ts-nocheck
// Comparing a User object with a username string; the fix is `runUser(r).username`.
// expect: error 4:18 this comparison is always false: User and string have no value in common
runs.filter(r => runUser(r) === "john_doe")
