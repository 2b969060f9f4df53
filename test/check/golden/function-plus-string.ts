// @ts-nocheck
// A function cannot be added to a string.
// expect: error 4:1 a function cannot be added to a string
"name: " + runName
