// @ts-nocheck
// A rest parameter's elements are checked; the message should name the parameter.
// expect: error 5:10 the argument `xs` of `count` is a string, but a number is required
const count = (...xs: number[]) => xs.length
count(1, "a")
