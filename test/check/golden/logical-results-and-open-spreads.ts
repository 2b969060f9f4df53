// @ts-nocheck
// `||` drops the falsy literals of its left side, `??` only null and undefined; a spread of a JSON value or of `any` leaves the object open.
// expect: error 9:19 the value is "" | "a" | number, but a number is required
// expect: error 15:19 the value is boolean | number, but a string is required
// expect: error 22:5 this comparison is always false: string and number have no value in common
// expect: error 23:5 this comparison is always false: string and number have no value in common
const v: "" | "a" = runs.length > 0 ? "" : "a"
const t: "a" | number = v || 5
const u: number = v ?? 5
const o = { ...runConfig(runs[0]).optimizer, a: 1 }
o.zz
const anything: any = 1
const p = { ...anything, b: 1 }
p.zz
const s: string = runs.length > 0 || 1
const mixed = [{ a: 1 }, 2]
mixed[1].toFixed(1)
const records = [{ a: 1 }, { b: "x" }]
records[0].a
const str: string = runName(runs[0]) ?? "x"
const count = runs.length
if (str === count) { str.toUpperCase() }
if (str === 5) { str.toUpperCase() }
