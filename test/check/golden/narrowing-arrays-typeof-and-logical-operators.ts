// @ts-nocheck
// Array.isArray narrows arrays and tuples; typeof narrows number literals and functions; `||` and `&&` keep the right part of their left side.
// expect: error 14:24 strings have no method `toFixed`
// expect: warning 19:28 the value may be undefined, but string | number is required
const v: number[] | string = runs.length > 0 ? [1] : "a"
if (Array.isArray(v)) { v.push(1) } else { v.toUpperCase() }
const p: [number, string] | string = runs.length > 0 ? [1, "x"] : "a"
if (Array.isArray(p)) { p[1].toUpperCase() } else { p.toUpperCase() }
const l: 1 | "a" = runs.length > 0 ? 1 : "a"
if (typeof l === "number") { const k: 1 = l } else { l.toUpperCase() }
const fn: ((x: number) => number) | number = runs.length > 0 ? (x: number) => x : 1
if (typeof fn === "function") { fn(1) } else { fn.toFixed() }
const t: [number, string] = [1, "a"]
for (const x of t) { x.toFixed() }
const u: string | undefined = runs.length > 0 ? "a" : undefined
const either: string | number = u || 5
const m: number | undefined = runs.length > 0 ? 1 : undefined
const both = m && "x"
const z: string | number = both
const never: string = runName(runs[0]) ?? "x"
