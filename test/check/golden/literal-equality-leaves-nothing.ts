// @ts-nocheck
// Where `k !== "a"` and `k` can only be "a", nothing is left (never, as in TypeScript): that branch cannot run, and nothing in it is reported.
// expect: error 7:59 the value is "a", but "b" is required
const k: "a" = "a"
if (k !== "a") { const s: number = k }
const m: "a" | "b" = runs.length > 0 ? "a" : "b"
if (m !== "a") { const t: "b" = m } else { const u: "b" = m }
