// @ts-nocheck
// `typeof x === "boolean"` keeps the boolean literals of a union, and makes a JSON value a boolean (which is not a string).
// expect: error 8:52 the value is a boolean, but a string is required
// expect: error 9:51 the value is a number, but a string is required
const t: true | "a" = runs.length > 0 ? true : "a"
if (typeof t === "boolean") { const b: true = t } else { const s: "a" = t }
const flag = runConfig(runs[0]).flag
if (typeof flag === "boolean") { const s: string = flag }
if (typeof flag === "number") { const s: string = flag }
