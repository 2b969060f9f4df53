// @ts-nocheck
// An assignment's value is typed by the variable's declared type (an arrow's parameters too); an object read with a quoted key has that property's type; `new Date(...)` checks its spread argument; arithmetic on a string that may be undefined is an error, not a warning.
// expect: error 8:14 strings have no property `lenght` (did you mean `length`?)
// expect: error 11:3 the object has no property `zz`
// expect: error 13:23 unknown name `runz` (did you mean `runs`?)
// expect: error 15:13 `-` needs a number, got string | undefined
let f: (s: string) => number = (s) => s.length
f = (s) => s.lenght
const o = { a: 1, b: "x" }
const text: string = o["b"]
o["zz"]
const d = new Date(...[2020, 1])
const e = new Date(...runz)
const maybe: string | undefined = runs.length > 0 ? "a" : undefined
const bad = maybe - 1
