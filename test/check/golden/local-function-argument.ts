// @ts-nocheck
// A program's own function is checked like an op.
// expect: error 6:8 the argument `x` of `double` is a string, but a number is required
// expect: error 7:1 `double` takes 1 argument, got 0
const double = (x: number) => x * 2
double("a")
double()
