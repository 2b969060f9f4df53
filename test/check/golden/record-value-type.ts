// @ts-nocheck
// A Record<string, number> takes numbers only.
// expect: error 5:53 the value is a string, but a number is required
const counts: Record<string, number> = {}
for (const r of runs) counts[runUser(r).username] = runName(r)
