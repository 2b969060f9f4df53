// @ts-nocheck
// `find` with a callback that tests a type keeps that type (or undefined).
// expect: error 5:19 the value is number | undefined, but a string is required
const found = [1, "a"].find((x) => typeof x === "number")
const s: string = found
