// @ts-nocheck
// A block whose `if` and `else` both return always returns: the function's result is not undefined; an `if` without `else` may fall through.
// expect: warning 7:19 the value may be undefined, but a string is required
const both = (x: number) => { if (x > 0) { return "a" } else { return "b" } }
const s: string = both(1)
const one = (x: number) => { if (x > 0) { return "a" } }
const t: string = one(1)
