// @ts-nocheck
// A function with a rest parameter takes "at least" its required parameters; one with optional parameters takes a range.
// expect: error 7:1 `f` takes at least 1 argument, got 0
// expect: error 9:1 `g` takes 1 to 2 arguments, got 0
// expect: error 10:1 `g` takes 1 to 2 arguments, got 3
const f = (a: number, ...rest: number[]) => a
f()
const g = (a: number, b?: number) => a
g()
g(1, 2, 3)
