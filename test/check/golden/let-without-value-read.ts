// @ts-nocheck
// A `let` without a value is undefined until assigned: reading a property of it fails.
// expect: error 5:1 `best` is used before being assigned
let best
best.id
