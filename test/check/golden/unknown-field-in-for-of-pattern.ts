// @ts-nocheck
// A for-of pattern over runs checks its names against Run's fields.
// expect: error 4:14 Run has no field `name`; use runName(run)
for (const { name } of runs) console.log(name)
