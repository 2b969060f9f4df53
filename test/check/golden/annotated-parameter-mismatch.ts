// @ts-nocheck
// An annotation that contradicts the type given by `map`.
// (A known defect of the checker once; fixed.)
// expect: error 6:14 the parameter `r` is declared Artifact, but it is given a Run
// expect: error 6:35 the argument `run` of `runName` is an Artifact, but a Run is required
runs.map((r: Artifact) => runName(r))
