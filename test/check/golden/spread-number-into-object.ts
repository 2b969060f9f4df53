// @ts-nocheck
// Spreading a number, a boolean or a function into an object literal is a TypeScript error.
// expect: error 7:20 a number cannot be spread into an object
// expect: error 7:26 a boolean cannot be spread into an object
// expect: error 7:36 a () => number cannot be spread into an object
const n = 5
const flags = { ...n, ...true, ...(() => 1), ok: 1 }
