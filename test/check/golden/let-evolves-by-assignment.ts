// @ts-nocheck
// `let` without a value takes the type of what is assigned to it.
// expect: no diagnostics
let label
label = runName(runs[0])
label.toUpperCase()
let count = undefined
count = runs.length
count.toFixed(0)
