// @ts-nocheck
// A key of the config looked up in the summary: no summary has it.
// workspace: sample
// expect: warning 5:29 no run's summary has the key `learning_rate`
runs.map(r => runSummary(r).learning_rate)
