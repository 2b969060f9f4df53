// @ts-nocheck
// A summary key that no run has.
// workspace: sample
// expect: warning 5:32 no run's summary has the key `acuracy` (did you mean `accuracy`?)
runs.filter(r => runSummary(r).acuracy > 0.9)
