// @ts-nocheck
// A number compared with a Date.
// expect: error 4:18 `<` cannot compare a number with a Date
runs.filter(r => runRuntime(r) < runCreatedAt(r))
