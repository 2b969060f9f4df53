// @ts-nocheck
// Iterating find's result: a Run is not iterable.
// known: a warning (`may be undefined`) is reported beside the error for the same expression
// expect: error 5:17 `for … of` needs an array or a string, not Run | undefined
for (const x of runs.find(r => r.id === "x")) console.log(x)
