// @ts-nocheck
// `[name, runtime]` is a tuple: its second element is a number.
// expect: error 5:13 numbers have no method `toUpperCase`
const pairs = runs.map(r => [runName(r), runRuntime(r)])
pairs[0][1].toUpperCase()
