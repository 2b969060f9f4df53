// @ts-nocheck
// `k === 5` where `k` is a union with `number` keeps `number` where it holds, and a string literal where it does not.
// expect: error 5:34 the value is a number, but a string is required
const k: "a" | number = runs.length > 0 ? "a" : 1
if (k === 5) { const s: string = k } else { const t: "a" | number = k }
