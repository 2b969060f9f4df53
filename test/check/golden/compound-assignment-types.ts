// @ts-nocheck
// The compound assignments keep a variable's declared type: `+=` may not turn a number into a string, `-=` and `*=` need numbers.
// expect: error 10:1 `+=` would make number a string
// expect: error 12:1 `+` cannot add a Date and a number: use `.getTime()` for a Date's milliseconds
// expect: error 14:1 `-` needs a number, got a string
// expect: error 16:6 `*` needs a number, got a string
let a: string | number = 1
a += "x"
let c: number = 1
c += "x"
let d: Date = new Date(0)
d += 1
let s = "a"
s -= 1
let m = 1
m *= "2"
