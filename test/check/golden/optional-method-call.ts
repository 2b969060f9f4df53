// @ts-nocheck
// `o.f?.(…)` calls an optional method where it is there: the call is allowed (TypeScript allows
// it), and its value may be undefined. Once wrongly refused as "`f` is not a function".
// expect: warning 9:11 this operand of `*` may be undefined
// expect: error 10:1 `f` is not a function (it is ((x: number) => number) | undefined)
const o: { f?: (x: number) => number } = {}
const a = o.f?.(1)
const b: number | undefined = o.f?.(2)
const c = a * 2
o.f(3)
