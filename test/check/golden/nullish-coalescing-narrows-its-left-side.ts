// @ts-nocheck
// On the right of `x ?? …` (or `o.x ?? …`), `x` is null or undefined (as TypeScript narrows it); on the right of `x || …`, it is falsy; a JSON value stays a JSON value.
// expect: error 8:16 this is always null
// expect: warning 10:16 this may be undefined: check it first (`if (x)`, `x?.`, `x ?? …`)
// expect: warning 14:16 this is a JsonValue, which may be missing (a run without the key): read through it with `?.`
// expect: error 16:18 this is always null
const s: string | null = runs.length > 0 ? "a" : null
const b = s ?? s.length
const n: number | undefined = runs.length > 0 ? 1 : undefined
const c = n || n.toFixed(1)
const t: "x" | "" = runs.length > 0 ? "x" : ""
const d = t ?? t.length
const j = runConfig(runs[0]).lr
const e = j ?? j.x
const o: { s: string | null } = { s: runs.length > 0 ? "a" : null }
const g = o.s ?? o.s.length
