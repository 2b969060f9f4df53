// @ts-nocheck
// `string | undefined` passed where a number is required is an error (a string is not a number either).
// expect: error 5:6 the argument `x` of `half` is string | undefined, but a number is required
const half = (x: number) => x / 2
half(runJobType(runs[0]))
