// @ts-nocheck
// A closure made after the variable's last assignment keeps its narrowing (TypeScript 5.4).
// expect: no diagnostics
let best = runs.find(r => runRuntime(r) > 100)
best ??= runs[0]
runs.map(r => runRuntime(r) - runRuntime(best))
