// @ts-nocheck
// A narrowing of `o.a.b` is not one of `o.ab`: each property path is narrowed on its own.
// expect: warning 5:46 the value may be undefined, but a number is required
const o: { ab: number | undefined; a: { b: number | undefined } } = { ab: undefined, a: { b: 1 } }
if (o.a.b !== undefined) { const n: number = o.ab }
