// @ts-nocheck
// A value that may be null and undefined says both; one that may be null, or undefined, says which.
// expect: warning 7:7 the value may be null or undefined, which cannot be destructured
// expect: warning 9:7 the value may be null, which cannot be destructured
// expect: warning 11:7 the value may be undefined, which cannot be destructured
const maybe: { a: number } | null | undefined = runs.length > 0 ? { a: 1 } : runs.length > 1 ? null : undefined
const { a } = maybe
const onlyNull: { b: number } | null = runs.length > 0 ? { b: 1 } : null
const { b } = onlyNull
const onlyUndefined: { c: number } | undefined = runs.length > 0 ? { c: 1 } : undefined
const { c } = onlyUndefined
