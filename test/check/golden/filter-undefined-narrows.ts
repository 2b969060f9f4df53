// @ts-nocheck
// `filter(j => j !== undefined)` narrows the elements, as TypeScript 5.5 infers the predicate.
// expect: no diagnostics
const jobs = runs.map(r => runJobType(r))
jobs.filter(j => j !== undefined).map(j => j.toUpperCase())
