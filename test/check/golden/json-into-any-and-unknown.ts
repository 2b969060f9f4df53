// @ts-nocheck
// A JSON value goes where an array of `any` or `unknown` is expected (it may be one); `Object.values` of it gives JSON values.
// expect: warning 9:7 `toFixed` is called on a JsonValue, which may be missing or of another type: check it first (`typeof x === "number"`, `typeof x === "string"`)
// expect: error 10:19 the value is a JsonValue[], but a string is required
const j = runConfig(runs[0]).lr
const a: any[] = j
const u: unknown[] = j
const vs = Object.values(j)
vs[0].toFixed(2)
const s: string = vs
