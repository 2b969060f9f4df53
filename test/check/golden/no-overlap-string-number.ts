// @ts-nocheck
// `===` between a string and a number can never be true.
// expect: error 4:18 this comparison is always false: string and number have no value in common
runs.filter(r => r.state === 1)
