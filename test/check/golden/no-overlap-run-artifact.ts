// @ts-nocheck
// A Run and an Artifact are never the same value.
// expect: error 4:18 this comparison is always false: Run and Artifact have no value in common
runs.filter(r => r === artifacts[0])
