// @ts-nocheck
// reduce without an initial value: the accumulator is a Run (the reference's "best run" idiom).
// expect: no diagnostics
const longest = runs.reduce((a, b) => (runRuntime(a) > runRuntime(b) ? a : b))
const best = runs.reduce((best, current) => {
  const bestSummary = runSummary(best)
  const currentSummary = runSummary(current)
  return currentSummary.accuracy > bestSummary.accuracy ? current : best
})
;[runName(longest), runName(best)]
