// @ts-nocheck
// A name declared twice in one scope.
// expect: error 5:7 `best` is already declared in this scope
const best = runs[0]
const best = runs[1]
