// @ts-nocheck
// Only `typeof x` compared with a type name narrows `x`: another operator before `x` does not, whichever side it is on.
// expect: error 8:5 this comparison is always false: boolean and string have no value in common
// expect: error 8:42 the value is number | string, but a number is required
// expect: error 9:5 this comparison is always false: string and boolean have no value in common
// expect: error 9:42 the value is number | string, but a number is required
const v: number | string = runs.length > 0 ? 1 : "a"
if (!v === "number") { const n: number = v }
if ("number" === !v) { const n: number = v }
