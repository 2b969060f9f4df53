// @ts-nocheck
// A value that may be null and undefined says both.
// expect: warning 5:7 the value may be null or undefined, which cannot be destructured
const maybe: { a: number } | null | undefined = runs.length > 0 ? { a: 1 } : runs.length > 1 ? null : undefined
const { a } = maybe
