// @ts-nocheck
// The reference's `{}` accumulator: an empty object literal is a dictionary.
// expect: no diagnostics
const byUser = runs.reduce((groups, run) => {
  const user = runUser(run).username
  groups[user] = groups[user] || []
  groups[user].push(runName(run))
  return groups
}, {})
byUser
