// @ts-nocheck
// `string > number` is an error: a run's name is compared with a number.
// expect: error 4:18 `>` cannot compare a string with a number
runs.filter(r => runName(r) > 3)
