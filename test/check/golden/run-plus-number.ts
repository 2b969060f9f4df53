// @ts-nocheck
// An entity cannot be added to a number.
// expect: error 4:1 `+` cannot add a Run and a number
runs[0] + 1
