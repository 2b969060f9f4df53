// @ts-nocheck
// A misspelt local name; the suggestion is the program's own name.
// expect: error 5:1 unknown name `totl` (did you mean `total`?)
const total = runs.length
totl + 1
