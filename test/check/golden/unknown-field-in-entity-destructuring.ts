// @ts-nocheck
// Destructuring a Run checks the names against its fields.
// expect: error 4:20 Run has no field `name`; use runName(run)
const { id, state, name } = runs[0]
