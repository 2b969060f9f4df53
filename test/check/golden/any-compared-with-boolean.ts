// @ts-nocheck
// TypeScript lets `any` be compared with anything, a boolean included.
// expect: no diagnostics
const x: any = 1
const flag = x < true
