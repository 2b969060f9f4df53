// @ts-nocheck
// A misspelt `length` on an array.
// (A known defect of the checker once; fixed.)
// expect: error 5:6 arrays have no property `lenght` (did you mean `length`?)
runs.lenght
