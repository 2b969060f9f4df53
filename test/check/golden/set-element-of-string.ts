// @ts-nocheck
// A string's characters cannot be written.
// expect: error 5:1 cannot set elements of a string
const s = runName(runs[0])
s[0] = "x"
