// @ts-nocheck
// Strings have a length; numbers and booleans have no properties.
// expect: error 6:6 numbers have no property `length`
// expect: error 10:6 booleans have no property `length`
const five = 5
five.length
const word = "abc"
const len = word.length
const flag = true
flag.length
