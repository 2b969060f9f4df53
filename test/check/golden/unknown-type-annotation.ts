// @ts-nocheck
// A misspelt type in a parameter annotation.
// expect: error 4:14 unknown type `Runn` (did you mean `Run`?)
runs.map((r: Runn) => runName(r))
