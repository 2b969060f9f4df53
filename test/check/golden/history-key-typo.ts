// @ts-nocheck
// History rows are checked against the keys the runs logged.
// workspace: sample
// expect: warning 5:49 no run's history row has the key `val_los` (did you mean `val_loss`?)
runs.flatMap(r => runHistory(r)).map(row => row.val_los)
