// @ts-nocheck
// `new Date` takes a number, a string or a Date.
// expect: error 4:10 `new Date` takes a number, a string or a Date, not a Run
new Date(runs[0])
