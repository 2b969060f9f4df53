// @ts-nocheck
// `==` between a string and a number is rejected as TypeScript rejects it.
// expect: error 4:18 this comparison is always false: string and number have no value in common
runs.filter(r => runName(r) == 1)
