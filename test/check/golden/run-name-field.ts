// @ts-nocheck
// `run.name` is not a field: the message points to the op.
// expect: error 4:17 Run has no field `name`; use runName(run)
runs.map(r => r.name)
