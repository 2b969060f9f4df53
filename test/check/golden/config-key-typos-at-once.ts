// @ts-nocheck
// Every unknown key of a program is reported.
// workspace: sample
// expect: warning 8:12 no run's config has the key `batch_sise` (did you mean `batch_size`?)
// expect: warning 8:27 no run's config has the key `learnig_rate` (did you mean `learning_rate`?)
runs.map(r => {
  const c = runConfig(r)
  return c.batch_sise * c.learnig_rate
})
