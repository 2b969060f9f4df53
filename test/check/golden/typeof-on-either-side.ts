// @ts-nocheck
// `typeof x === "number"` narrows with the test written either way round, and negated.
// expect: error 8:48 the value is a string, but a number is required
const v: number | string = runs.length > 0 ? 1 : "a"
if (typeof v === "number") { const n: number = v } else { const s: string = v }
if ("number" === typeof v) { const n: number = v } else { const s: string = v }
if (typeof v !== "number") { const s: string = v } else { const n: number = v }
if ("string" === typeof v) { const n: number = v }
