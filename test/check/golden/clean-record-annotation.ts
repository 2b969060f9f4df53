// @ts-nocheck
// A Record<string, Run[]> built in a for-of, then read with Object.entries.
// expect: no diagnostics
const byState: Record<string, Run[]> = {}
for (const r of runs) {
  byState[r.state] = byState[r.state] || []
  byState[r.state].push(r)
}
Object.entries(byState).map(([state, rs]) => `${state}: ${rs.length}`)
