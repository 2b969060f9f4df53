// @ts-nocheck
// A destructuring default joins the property's type; an expected array type types its literal's elements (and `[]`); typeof narrows JSON values and booleans; a spread argument must be iterable.
// expect: error 8:19 the value is number | string, but a number is required
// expect: error 11:12 the argument `items` of `push` is a number, but a string is required
// expect: error 17:10 a spread argument needs an array or a string, not a number
const row: { a?: number } = {}
const { a = "x" } = row
const n: number = a
const doublers: ((x: number) => number)[] = [(x) => x * 2]
const names: string[] = []
names.push(1)
const flag = runConfig(runs[0]).flag
if (typeof flag === "boolean") { const b: boolean = flag }
if (typeof flag === "undefined") { const u: undefined = flag }
const t: boolean | string = runs.length > 0 ? true : "a"
if (typeof t === "boolean") { const b: boolean = t } else { t.toUpperCase() }
Math.max(...5)
