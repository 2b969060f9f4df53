// @ts-nocheck
// Adding two Dates is a TypeScript error; the hint names getTime().
// expect: error 4:1 `+` cannot add a Date and a Date: use `.getTime()` for a Date's milliseconds
new Date(0) + runCreatedAt(runs[0])
