// @ts-nocheck
// A `let` annotation is checked against its value.
// expect: error 4:21 the value is a string, but a number is required
let count: number = "none"
