// @ts-nocheck
// A value of a number literal type has no length; one of a string literal type has.
// expect: error 5:6 numbers have no property `length`
const five: 5 = JSON.parse("5")
five.length
const word: "abc" | "de" = JSON.parse("\"abc\"")
const n: number = word.length
