// @ts-nocheck
// `+=` a string onto a number would make it a string.
// expect: error 5:23 `+=` would make number a string
let total = 0
for (const r of runs) total += runName(r)
