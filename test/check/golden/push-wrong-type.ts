// @ts-nocheck
// push onto a Record<string, Run[]> entry takes a Run, not a name.
// expect: error 7:25 the argument `items` of `push` is a string, but a Run is required
const byState: Record<string, Run[]> = {}
for (const r of runs) {
  byState[r.state] = byState[r.state] || []
  byState[r.state].push(runName(r))
}
