// @ts-nocheck
// A property of an object literal keeps its type.
// expect: error 6:15 the value is a string, but a number is required
// expect: error 7:5 the object has no property `user`
const row = { name: runName(runs[0]), runtime: runRuntime(runs[0]) }
row.runtime = "long"
row.user = "me"
