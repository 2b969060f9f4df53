// @ts-nocheck
// Dates, namespaces, functions and strings take no properties.
// expect: error 9:3 cannot set properties of a Date
// expect: error 10:6 cannot set properties of a Math
// expect: error 12:3 cannot set properties of (x: number) => number
// expect: error 14:3 cannot set properties of a string
// expect: error 15:18 cannot assign to `name`: User fields are read-only
const d = runCreatedAt(runs[0])
d.foo = 1
Math.foo = 1
const f = (x: number) => x
f.foo = 1
const s = "abc"
s.foo = 1
runUser(runs[0]).name = "x"
