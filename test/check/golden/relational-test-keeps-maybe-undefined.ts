// @ts-nocheck
// `n > 0` does not narrow `n`: a value that may be undefined still may be, after the comparison as in it.
// expect: warning 6:5 this operand of `>` may be undefined
// expect: warning 6:12 this may be undefined: check it first (`if (x)`, `x?.`, `x ?? …`)
const n: number | undefined = JSON.parse("1")
if (n > 0) n.toFixed(1)
