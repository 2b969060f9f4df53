// @ts-nocheck
// `++` on a variable that was made a string is an error; an index into a JSON value is a JSON value; `+` of a JSON value and a number may be a number or a string (JSON covers both); an entity's unknown field suggests the nearest.
// expect: error 9:1 `++` needs a number, got a string
// expect: warning 11:15 this is a JsonValue, which may be missing (a run without the key): read through it with `?.`
// expect: warning 12:7 `toFixed` is called on a JsonValue, which may be missing or of another type: check it first (`typeof x === "number"`, `typeof x === "string"`)
// expect: error 15:9 Project has no field `nme` (did you mean `name`?)
let y
y = "a"
y++
const j = runConfig(runs[0]).lr
const first = j[0]
first.toFixed()
const n: string = 1 + j
const m: string = j + 1
project.nme
