// @ts-nocheck
// After an assignment of the wrong type, the variable keeps its declared type (no cascade of errors, none hidden).
// expect: error 6:5 the value is a string, but a number is required
// expect: error 7:19 the value is a number, but a string is required
let x: number = 1
x = "a"
const s: string = x
