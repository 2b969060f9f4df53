// @ts-nocheck
// Spreading a run into an object keeps its fields' types: `id` is a string.
// expect: error 5:19 the value is a string, but a number is required
const o = { ...runs[0] }
const n: number = o.id
