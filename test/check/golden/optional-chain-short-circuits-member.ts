// @ts-nocheck
// `v?.aliases.length` reads `length` only where v is defined.
// (A known defect of the checker once; fixed.)
// expect: no diagnostics
runs.map(r => runLoggedArtifactVersion(r, "model")?.aliases.length)
