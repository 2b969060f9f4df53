// @ts-nocheck
// A run's name compared with a Run, in `some`.
// expect: error 4:16 this comparison is always false: string and Run have no value in common
runs.some(r => runName(r) === runs[0])
