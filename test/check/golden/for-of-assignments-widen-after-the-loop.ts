// @ts-nocheck
// A variable assigned in a loop's body (its first statement included, and also assigned before the loop) has, after the loop, its type before it or what the body made.
// expect: warning 7:19 the value may be undefined, but a number is required
// expect: warning 11:19 the value may be undefined, but a number is required
let x: number | undefined = undefined
for (const r of runs) x = runRuntime(r)
const n: number = x
let y: number | undefined = undefined
y = undefined
for (const r of runs) { y = 1 }
const m: number = y
