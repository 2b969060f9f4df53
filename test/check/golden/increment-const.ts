// @ts-nocheck
// `++` on a const.
// expect: error 5:21 cannot assign to `count` because it is a constant
const count = 0
runs.forEach(r => { count++ })
