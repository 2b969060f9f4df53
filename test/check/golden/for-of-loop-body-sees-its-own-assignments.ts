// @ts-nocheck
// A loop's body sees what its own later statements (and its earlier passes) assigned: at its start a variable is its type before the loop or what the body made.
// expect: error 8:21 the value is undefined | number, but a string is required
// expect: error 14:21 the value is undefined | number, but a string is required
// expect: warning 18:27 this operand of `+` may be undefined
let prev: number | undefined = undefined
for (const r of runs) {
  const s: string = prev
  prev = runRuntime(r)
}
let q: number | undefined = undefined
q = undefined
for (const r of runs) {
  const t: string = q
  q = runRuntime(r)
}
let w: number | undefined = undefined
for (const r of runs) w = w + 1
