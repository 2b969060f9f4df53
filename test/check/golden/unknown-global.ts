// @ts-nocheck
// A misspelt builtin global.
// expect: error 4:1 unknown name `consol` (did you mean `console`?)
consol.log(runs.length)
