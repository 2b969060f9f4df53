// @ts-nocheck
// A `let` keeps the type of its initial value.
// expect: error 5:8 the value is a number, but a string is required
let name = runName(runs[0])
name = runRuntime(runs[0])
