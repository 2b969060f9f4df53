// @ts-nocheck
// Object.fromEntries of [string, number] pairs gives Record<string, number>.
// expect: error 5:14 numbers have no method `toUpperCase`
const runtimes = Object.fromEntries(runs.map(r => [runName(r), runRuntime(r)]))
runtimes.foo.toUpperCase()
