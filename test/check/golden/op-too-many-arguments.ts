// @ts-nocheck
// An op given two arguments where it takes one.
// expect: error 4:15 `runName` takes 1 argument, got 2
runs.map(r => runName(r, 1))
