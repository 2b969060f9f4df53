// @ts-nocheck
// `a?.b.c()` short-circuits as a whole: if `a` is undefined, nothing after `?.` runs.
// (A known defect of the checker once; fixed.)
// expect: no diagnostics
runs.find(r => r.id === "x")?.state.toUpperCase()
