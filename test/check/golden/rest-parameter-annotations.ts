// @ts-nocheck
// A rest parameter's annotation gives the type of each argument it takes (`any` for each where it is not an array type); spreading past a function's parameters is checked.
// expect: error 6:19 the value is (...xs: any[]) => number, but a string is required
// expect: error 10:3 the argument `xs` of `g` is a string, but a number is required
const f: (...xs: any) => number = (...xs) => xs.length
const s: string = f
const g: (...xs: number[]) => number = (...xs) => xs.length
g()
g(1, 2)
g("a")
const one = (a: number) => a
one(1, ...[2])
