// @ts-nocheck
// A callback whose block body is a single `return` of a test infers a type guard, as its expression-bodied form does; any other block body does not.
// expect: warning 6:23 the value is (number | undefined)[], whose elements may be undefined, but a number[] is required
// expect: warning 7:25 the value is (number | undefined)[], whose elements may be undefined, but a number[] is required
const one: number[] = [1, undefined].filter((x) => { return x !== undefined })
const two: number[] = [1, undefined].filter((x) => { const y = 1; return x !== undefined })
const three: number[] = [1, undefined].filter((x) => { if (x === 1) return true; return x !== undefined })
