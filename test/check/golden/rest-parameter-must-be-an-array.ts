// @ts-nocheck
// A rest parameter's annotation must be an array type, in a function and in a function type: its arguments arrive as one array.
// expect: error 5:19 a rest parameter must be of an array type (its arguments arrive as one array)
// expect: error 6:18 a rest parameter must be of an array type (its arguments arrive as one array)
const f = (...xs: string) => xs
const g: (...xs: string) => number = (...ys) => 1
const ok = (...xs: number[]) => xs.length
const pair = (...xs: [number, string]) => xs[1]
