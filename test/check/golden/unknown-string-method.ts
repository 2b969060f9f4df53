// @ts-nocheck
// An unknown string method (wrong case).
// expect: error 4:26 strings have no method `toUppercase` (did you mean `toUpperCase`?)
runs.map(r => runName(r).toUppercase())
