// @ts-nocheck
// A destructured parameter names a property the objects do not have.
// expect: error 5:19 the object has no property `runtme` (did you mean `runtime`?)
const rows = runs.map(r => ({ name: runName(r), runtime: runRuntime(r) }))
rows.map(({ name, runtme }) => `${name}: ${runtme}`)
