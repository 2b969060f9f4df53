// @ts-nocheck
// reduce takes one or two arguments (its two overloads).
// (A known defect of the checker once; fixed.)
// expect: error 5:6 `reduce` takes 1 to 2 arguments, got 3
runs.reduce((a, b) => a, runs[0], 1)
