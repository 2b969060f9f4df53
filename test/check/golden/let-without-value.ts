// @ts-nocheck
// A `let` without a value is undefined; a variable copied from it is `undefined`, not "used before being assigned".
// expect: error 6:1 this is always undefined
let x
let y = x
y.length
