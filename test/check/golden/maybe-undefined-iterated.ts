// @ts-nocheck
// Iterating find's result: a Run is not iterable.
// expect: error 4:17 `for … of` needs an array or a string, not Run | undefined
for (const x of runs.find(r => r.id === "x")) console.log(x)
