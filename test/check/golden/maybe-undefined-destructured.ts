// @ts-nocheck
// Destructuring find's result.
// expect: warning 4:7 the value may be undefined, which cannot be destructured
const { id } = runs.find(r => runName(r) === "zesty-sun-1")
