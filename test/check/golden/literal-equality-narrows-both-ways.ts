// @ts-nocheck
// `===` and `!==` against a literal narrow a union of literals both ways, as in TypeScript.
// expect: no diagnostics
const v: "a" | "b" = runs.length > 0 ? "a" : "b"
if (v === "a") { const w: "a" = v } else { const w: "b" = v }
if (v !== "b") { const w: "a" = v } else { const w: "b" = v }
const f = (n: 1 | 2 | undefined) => {
  if (n === 2) { const w: 2 = n } else { const w: 1 | undefined = n }
}
const s: string = runName(runs[0]) ?? "x"
if (s === "a") { s.toUpperCase() } else { s.toUpperCase() }
