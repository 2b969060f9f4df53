// @ts-nocheck
// `Date + number` is an error in TypeScript; the message hints getTime().
// expect: error 4:15 `+` cannot add a Date and a number: use `.getTime()` for a Date's milliseconds
const later = runCreatedAt(runs[0]) + 1000
