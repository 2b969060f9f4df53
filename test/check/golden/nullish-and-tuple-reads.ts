// @ts-nocheck
// A string plus a value that may be undefined is a string (as in TypeScript, no warning: "undefineda"); a number plus one warns; a tuple's element read by a quoted index has that element's type; `=== undefined` on a value whose type has no undefined still narrows it to undefined (the data may hold one).
// expect: error 9:21 the value is a number, but a string is required
// expect: warning 9:21 this operand of `+` may be undefined
// expect: error 12:23 the value is a number, but a string is required
// expect: warning 14:42 the value may be undefined, but a string is required
const maybe: number | undefined = runs.length > 0 ? 1 : undefined
const text: string = maybe + "a"
const sum: string = maybe + 1
const pair: [number, string] = [1, "a"]
const second: string = pair["1"]
const first: string = pair["0"]
const n: number = runs.length
if (n === undefined) { const s: string = n }
