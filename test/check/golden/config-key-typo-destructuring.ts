// @ts-nocheck
// A config key in a destructuring pattern.
// workspace: sample
// expect: warning 6:11 no run's config has the key `learnig_rate` (did you mean `learning_rate`?)
runs.map(r => {
  const { learnig_rate, batch_size } = runConfig(r)
  return learnig_rate * batch_size
})
