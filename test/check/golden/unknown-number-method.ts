// @ts-nocheck
// An unknown number method, on a variable inferred as number.
// expect: error 5:3 numbers have no method `toFixd` (did you mean `toFixed`?)
const n = runs.length
n.toFixd(2)
