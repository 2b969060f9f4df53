// @ts-nocheck
// A method read without calling it.
// expect: error 4:31 `getTime` is a method: call it, as `.getTime(…)`
runs.map(r => runCreatedAt(r).getTime)
