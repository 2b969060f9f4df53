// @ts-nocheck
// `new Date` takes at most 7 arguments.
// expect: error 4:1 `new Date` takes at most 7 arguments, got 8
new Date(2026, 0, 1, 0, 0, 0, 0, 9)
