// @ts-nocheck
// A loop whose variable's type grows on every pass (an array nested one deeper each time): the checker stops after its passes instead of running on.
// expect: no diagnostics
let x = undefined
for (const r of runs) { x = [x] }
x
