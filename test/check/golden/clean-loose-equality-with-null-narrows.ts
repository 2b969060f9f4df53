// @ts-nocheck
// `r == null` and `r == undefined` (either side) leave `r` defined in the `else` branch, as in TypeScript.
// expect: no diagnostics
const r = runs.find((x) => runName(x) === "a")
if (r == null) {} else runName(r)
if (r == undefined) {} else runName(r)
if (null == r) {} else runName(r)
