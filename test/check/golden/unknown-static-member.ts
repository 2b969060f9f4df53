// @ts-nocheck
// A namespace's unknown member is an error that suggests the nearest name; only `Math.random` has its own message.
// expect: error 7:6 Math has no member `sqr` (did you mean `sqrt`?)
// expect: error 8:6 JSON has no member `parze` (did you mean `parse`?)
// expect: error 9:8 Object has no member `kees` (did you mean `keys`?)
// expect: error 10:6 `Math.random` is not available: a program's answer depends only on its workspace and its clock
Math.sqr(4)
JSON.parze("1")
Object.kees({})
Math.random()
