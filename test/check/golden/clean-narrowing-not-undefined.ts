// @ts-nocheck
// `!== undefined`, `!= null` and `=== undefined ||` narrow a version.
// expect: no diagnostics
const v = runLoggedArtifactVersion(runs[0], "model")
const big = v !== undefined && v.size > 10
const small = v === undefined || v.size < 10
if (v != null) console.log(v.aliases.join(", "))
;[big, small]
