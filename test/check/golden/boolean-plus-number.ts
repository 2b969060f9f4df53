// @ts-nocheck
// `boolean + number` is a TypeScript error.
// expect: error 4:16 `+` cannot add a boolean and a number
runs.map(r => (r.state === "finished") + 1)
