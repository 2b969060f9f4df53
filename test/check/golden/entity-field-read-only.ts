// @ts-nocheck
// Entity fields are read-only.
// expect: error 4:23 cannot assign to `state`: Run fields are read-only
runs.forEach(r => { r.state = "done" })
