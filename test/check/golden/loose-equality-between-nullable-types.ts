// @ts-nocheck
// `==` between two types that share no value but both allow null or undefined is allowed (null == undefined); `===` is not.
// expect: error 8:16 this comparison is always false: string | null and number | undefined have no value in common
const a: string | null = runs.length > 0 ? "a" : null
const b: number | undefined = runs.length > 1 ? 1 : undefined
const loose = a == b
const looseNot = a != b
const strict = a === b
