// @ts-nocheck
// `{}` where an object type is expected is an object with no properties: fine where every property is optional.
// expect: error 6:26 the value is {}, but { a: number } is required
// expect: warning 7:1 this may be undefined: check it first (`if (x)`, `x?.`, `x ?? …`)
const row: { model?: { size: number } } = {}
const p: { a: number } = {}
row.model.size
const groups = {}
groups["x"] = 1
