// @ts-nocheck
// Two parameters with one name.
// expect: error 4:14 duplicate parameter name `r`
runs.map((r, r) => runName(r))
