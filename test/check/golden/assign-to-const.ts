// @ts-nocheck
// Assignment to a const.
// expect: error 5:1 cannot assign to `limit` because it is a constant
const limit = 10
limit = 20
