// @ts-nocheck
// An optional parameter may be undefined.
// expect: warning 4:33 this operand of `+` may be undefined
const plusOne = (x?: number) => x + 1
