// @ts-nocheck
// An array takes only indices and `length` as keys to write.
// expect: error 5:7 an array takes only indices and `length`, not `first`
const names = runs.map(r => runName(r))
names.first = names[0]
