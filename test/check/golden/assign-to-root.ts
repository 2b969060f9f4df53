// @ts-nocheck
// The roots cannot be assigned; a program declares its own name instead.
// expect: error 4:1 cannot assign to `runs`: it is a builtin; declare your own with `let`
runs = runs.filter(r => r.state === "finished")
