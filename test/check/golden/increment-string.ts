// @ts-nocheck
// `++` on a string variable.
// expect: error 5:1 `++` needs a number, got a string
let label = runName(runs[0])
label++
