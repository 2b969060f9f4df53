// @ts-nocheck
// An entity has no elements, and a number cannot be indexed.
// expect: error 5:15 Run has no elements; read its fields by name
// expect: error 7:1 a number cannot be indexed
const first = runs[0][0]
const n = 5
n[0]
