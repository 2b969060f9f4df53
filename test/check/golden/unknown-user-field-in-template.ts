// @ts-nocheck
// A misspelt User field inside a template literal.
// expect: error 4:46 User has no field `nme` (did you mean `name`?)
runs.map(r => `${runName(r)} by ${runUser(r).nme}`)
