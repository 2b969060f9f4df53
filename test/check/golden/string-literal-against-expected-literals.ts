// @ts-nocheck
// A string literal takes a literal type only where the expected type lists that very literal; any other string is a string.
// expect: error 5:24 the value is a string, but "a" | "b" is required
const ok: "a" | "b" = "a"
const bad: "a" | "b" = "c"
