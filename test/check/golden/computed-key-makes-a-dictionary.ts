// @ts-nocheck
// An object literal with a computed key is a dictionary: any key reads (as `any`) and any key can be set; without one, the object's properties are fixed.
// expect: error 8:7 the object has no property `b` (did you mean `a`?)
const byName = { [runName(runs[0])]: 1 }
const n: number = byName.anything
byName.other = 2
const fixed = { a: 1 }
fixed.b
