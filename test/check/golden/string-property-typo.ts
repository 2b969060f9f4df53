// @ts-nocheck
// A misspelt `length` on a string.
// (A known defect of the checker once; fixed.)
// expect: error 5:26 strings have no property `lenght` (did you mean `length`?)
runs.map(r => runName(r).lenght)
