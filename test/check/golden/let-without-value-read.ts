// @ts-nocheck
// A `let` without a value is undefined until assigned: reading a property of it fails.
// known: no diagnostic: `let x` without an initializer or annotation is `any`
// expect: error 6:1 `best` is used before being assigned
let best
best.id
