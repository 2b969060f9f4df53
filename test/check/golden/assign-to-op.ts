// @ts-nocheck
// An op cannot be assigned.
// expect: error 4:1 cannot assign to `runName`: it is a builtin; declare your own with `let`
runName = (r: Run) => r.id
