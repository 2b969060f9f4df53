// @ts-nocheck
// A Run annotation on the parameter of a callback over artifacts.
// (A known defect of the checker once; fixed.)
// expect: error 5:19 the parameter `r` is declared Run, but it is given an Artifact
artifacts.map((r: Run) => runName(r))
