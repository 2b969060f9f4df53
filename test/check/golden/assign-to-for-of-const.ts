// @ts-nocheck
// The variable of `for (const … of …)` is a constant.
// expect: error 4:23 cannot assign to `r` because it is a constant
for (const r of runs) r = runs[0]
