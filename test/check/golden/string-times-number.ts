// @ts-nocheck
// `*` on a string.
// expect: error 4:15 `*` needs a number, got a string
runs.map(r => runName(r) * 2)
