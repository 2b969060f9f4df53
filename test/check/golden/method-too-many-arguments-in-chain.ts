// @ts-nocheck
// join takes at most one argument: the error should point at `join`, not at the start of the chain.
// (A known defect of the checker once; fixed.)
// expect: error 5:27 `join` takes 0 to 1 arguments, got 2
runs.map(r => runName(r)).join(",", "x")
