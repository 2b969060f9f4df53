// @ts-nocheck
// Unknown members of builtin namespaces.
// expect: error 5:21 Object has no member `keyz` (did you mean `keys`?)
// expect: error 6:6 Math has no member `maxx` (did you mean `max`?)
const keys = Object.keyz(runConfig(runs[0]))
Math.maxx(1, 2)
