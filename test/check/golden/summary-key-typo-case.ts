// @ts-nocheck
// Keys are case-sensitive.
// workspace: sample
// expect: warning 5:29 no run's summary has the key `Accuracy` (did you mean `accuracy`?)
runs.map(r => runSummary(r).Accuracy)
