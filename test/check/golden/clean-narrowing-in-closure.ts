// @ts-nocheck
// Narrowing of a `let` survives into a callback created after its last assignment (TypeScript 5.4).
// expect: no diagnostics
let best = runs.find(r => runRuntime(r) > 100)
if (best) {
  runs.filter(r => runRuntime(r) > runRuntime(best))
}
