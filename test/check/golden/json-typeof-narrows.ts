// @ts-nocheck
// `typeof x === "number"` makes a JsonValue a number: its methods are checked.
// expect: error 10:40 strings have no method `toFixed`
runs.map(r => {
  const acc = runSummary(r).accuracy
  return typeof acc === "number" ? acc.toFixed(2) : "-"
})
runs.map(r => {
  const acc = runSummary(r).accuracy
  return typeof acc === "string" ? acc.toFixed(2) : "-"
})
