// @ts-nocheck
// `typeof v === "string"` narrows a JSON value whichever side the `typeof` is on, and in the `else` of `!==`.
// expect: no diagnostics
const v = runConfig(runs[0]).model
if (typeof v === "string") v.toUpperCase()
if ("string" === typeof v) v.toUpperCase()
if (typeof v !== "string") {} else v.toUpperCase()
if ("string" !== typeof v) {} else v.toUpperCase()
