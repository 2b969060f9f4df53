// @ts-nocheck
// A British spelling of a config key.
// workspace: sample
// expect: warning 5:31 no run's config has the key `optimiser` (did you mean `optimizer`?)
runs.filter(r => runConfig(r).optimiser === "adam")
