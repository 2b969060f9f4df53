// @ts-nocheck
// `&&`, `||`, `??`, `?:`, `?.` and `!== undefined` each narrow or default a maybe-undefined value.
// expect: no diagnostics
const job = runJobType(runs[0])
const a = job && job.toUpperCase()
const b = (job || "none").toUpperCase()
const c = (job ?? "none").toUpperCase()
const d = job ? job.length : 0
const e = job?.toUpperCase()
const f = job !== undefined ? job.trim() : ""
const g = typeof job === "string" ? job.padStart(8) : "-"
;[a, b, c, d, e, f, g]
