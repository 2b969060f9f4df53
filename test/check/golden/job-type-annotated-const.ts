// @ts-nocheck
// `string | undefined` where a `string` is declared.
// expect: warning 4:21 the value may be undefined, but a string is required
const job: string = runJobType(runs[0])
