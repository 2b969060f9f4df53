// @ts-nocheck
// A compared operand that may be null says null (the other's undefined is its own); `o?.x` alone may be undefined.
// expect: warning 7:14 this operand of `<` may be null
// expect: warning 9:19 the value may be undefined, but a number is required
const a: number | null = runs.length > 0 ? 1 : null
const b: number | undefined = runs.length > 1 ? 2 : undefined
const less = a < b
const o: { x: number } | undefined = runs.length > 0 ? { x: 1 } : undefined
const n: number = o?.x
