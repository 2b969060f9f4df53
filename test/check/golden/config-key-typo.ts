// @ts-nocheck
// A config key that no run has, with the nearest key as a suggestion.
// workspace: sample
// expect: warning 5:28 no run's config has the key `learnig_rate` (did you mean `learning_rate`?)
runs.map(r => runConfig(r).learnig_rate)
