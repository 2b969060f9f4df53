// @ts-nocheck
// A config key written as an index.
// workspace: sample
// expect: warning 5:28 no run's config has the key `learnig_rate` (did you mean `learning_rate`?)
runs.map(r => runConfig(r)["learnig_rate"])
