// @ts-nocheck
// A destructuring that binds one name twice.
// expect: error 4:13 `id` is already declared in this scope
const { id, id } = runs[0]
