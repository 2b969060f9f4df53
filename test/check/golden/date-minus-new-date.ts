// @ts-nocheck
// `new Date()` is a Date too: subtracting a run's creation time from it is an error.
// expect: error 4:15 a Date cannot be subtracted from a Date: use `a.getTime() - b.getTime()` for the milliseconds between them
const ageMs = new Date() - runCreatedAt(runs[0])
