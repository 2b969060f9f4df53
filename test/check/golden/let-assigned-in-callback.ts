// @ts-nocheck
// A `let` that a callback assigns is not narrowed by assignments: here it stays `any`, as TypeScript's is.
// expect: no diagnostics
let last
runs.forEach(r => { last = r })
console.log(last)
