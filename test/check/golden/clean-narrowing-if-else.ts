// @ts-nocheck
// find's result narrowed by `if (!x) … else …`.
// expect: no diagnostics
const best = runs.find(r => runSummary(r).accuracy > 0.9)
if (!best) {
  "none"
} else {
  runName(best)
}
