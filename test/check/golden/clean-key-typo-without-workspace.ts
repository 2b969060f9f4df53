// @ts-nocheck
// Without a workspace, config keys are not known: a typo is not reported.
// expect: no diagnostics
runs.map(r => runConfig(r).learnig_rate)
