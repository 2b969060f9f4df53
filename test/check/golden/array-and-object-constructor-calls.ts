// @ts-nocheck
// `Array(…)` and `Object(…)` are not supported: literals say the same.
// expect: error 5:11 `Array(…)` is not supported in Weft; use an array literal `[…]` or `Array.from`
// expect: error 6:11 `Object(…)` is not supported in Weft; use an object literal `{…}`
const a = Array(3)
const o = Object(1)
