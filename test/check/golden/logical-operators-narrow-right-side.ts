// @ts-nocheck
// The right side of `&&` sees the left side truthy; of `||` and `??`, not.
// expect: warning 7:24 the argument `run` of `runName` may be undefined, but a Run is required
// expect: warning 8:24 the argument `run` of `runName` may be undefined, but a Run is required
const r = runs.find((x) => runName(x) === "a")
const a = r && runName(r)
const b = r || runName(r)
const c = r ?? runName(r)
