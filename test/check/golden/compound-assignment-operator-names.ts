// @ts-nocheck
// A compound assignment's error names its operator, for either operand: `**=` is `**`, `/=` is `/`.
// expect: error 7:1 `**` needs a number, got a string
// expect: error 9:1 `/` needs a number, got a string
// expect: error 11:7 `**` needs a number, got a string
let s = "a"
s **= 2
let t = "b"
t /= 2
let n = 1
n **= "2"
