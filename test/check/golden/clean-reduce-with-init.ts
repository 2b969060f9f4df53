// @ts-nocheck
// reduce with an initial value, the accumulator typed by it; a reduce over objects without one.
// expect: no diagnostics
const total = runs.reduce((sum, r) => sum + runRuntime(r), 0)
const pairs = runs.map(r => ({ n: runName(r), t: runRuntime(r) }))
const top = pairs.reduce((best, p) => (p.t > best.t ? p : best))
`${total.toFixed(1)} ${top.n.toUpperCase()}`
