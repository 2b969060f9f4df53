// @ts-nocheck
// A union of functions is called as overloads; a union with a member that is not a function cannot be called.
// expect: error 7:1 `maybe` is not a function (it is ((x: number) => number) | number)
const pick = runs.length > 0 ? Math.abs : Math.sign
const a: number = pick(-2)
const maybe = runs.length > 0 ? Math.abs : 5
maybe(1)
