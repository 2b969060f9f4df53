// @ts-nocheck
// A number or boolean literal type takes its own value, as a string literal type does (TypeScript accepts all of these).
// expect: no diagnostics
let x: 1 | 2 = 1
const b: true = true
const f = (n: 0 | 1): number => n
f(1)
const word: "abc" = "abc"
