// @ts-nocheck
// A summary key typo inside a template literal.
// workspace: sample
// expect: warning 5:47 no run's summary has the key `acurracy` (did you mean `accuracy`?)
runs.map(r => `${runName(r)}: ${runSummary(r).acurracy}`)
