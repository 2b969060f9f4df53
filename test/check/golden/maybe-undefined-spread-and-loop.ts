// @ts-nocheck
// Iterating or spreading a value that may be undefined warns.
// expect: warning 6:17 this may be undefined, which `for … of` cannot go through
// expect: warning 7:16 this may be undefined, which a spread into an array cannot go through
const xs = runs.length > 100 ? [1, 2] : undefined
for (const x of xs) x
const ys = [...xs]
