// @ts-nocheck
// `<` compares numbers, strings, Dates and JSON values read from a run, each with its own kind, as TypeScript allows.
// expect: error 14:14 `<` cannot compare a number with a string
// expect: error 15:14 `<` cannot compare a Date with a number
// expect: error 16:14 `<` cannot compare a string with a Date
// expect: error 17:14 `<` cannot compare a boolean with a boolean
const d = new Date(0)
const s = "a"
const n = 1
const j = runSummary(runs[0]).accuracy
const b = true
const x: any = 1
const ok = [n < n, s < s, d < d, j < n, j < s, n < j, x < n, j < j, s <= s, n >= j]
const bad1 = n < s
const bad2 = d < n
const bad3 = s < d
const bad4 = b < b
