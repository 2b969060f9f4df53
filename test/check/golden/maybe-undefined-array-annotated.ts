// @ts-nocheck
// An array whose elements may be undefined, where string[] is declared: per SPEC §1 a value that may be undefined is a warning.
// expect: warning 4:24 the value is (string | undefined)[], whose elements may be undefined, but a string[] is required
const jobs: string[] = runs.map(r => runJobType(r))
