// @ts-nocheck
// A call that fits none of an overloaded builtin's signatures says how many arguments they take.
// expect: error 5:1 `values` takes 1 argument, got 0
// expect: error 6:1 `entries` takes 1 argument, got 2
Object.values()
Object.entries({}, 1)
