// @ts-nocheck
// An unknown field of a Run lists the fields it has.
// expect: error 4:17 Run has no field `nam` (its fields: id, state)
runs.map(r => r.nam)
