// @ts-nocheck
// A namespace called as a function; how many arguments a function with optional and rest parameters takes.
// expect: error 8:1 `Math(…)` is not supported in Weft
// expect: error 9:1 `Object(…)` is not supported in Weft; use an object literal `{…}`
// expect: error 12:1 `f` takes at least 1 argument, got 0
// expect: error 13:1 `g` takes 1 to 2 arguments, got 0
// expect: error 15:1 `h` takes 2 arguments, got 1
Math(1)
Object(1)
const f = (a: number, b?: number, ...r: number[]) => a
const g = (a: number, b?: number) => a
f()
g()
const h = (a: number, b: number) => a
h(1)
