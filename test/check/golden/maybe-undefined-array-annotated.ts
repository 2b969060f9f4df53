// @ts-nocheck
// An array whose elements may be undefined, where string[] is declared: per SPEC §1 a value that may be undefined is a warning.
// known: reported as an error; `T | undefined` where `T` is required is a warning, also for an array's elements
// expect: warning 5:24 the value is (string | undefined)[], whose elements may be undefined, but a string[] is required
const jobs: string[] = runs.map(r => runJobType(r))
