// @ts-nocheck
// A `{}` counter filled in a for-of.
// expect: no diagnostics
const counts = {}
for (const r of runs) {
  const user = runUser(r).username
  counts[user] = (counts[user] || 0) + 1
}
Object.entries(counts).map(([user, n]) => `${user}: ${n}`)
