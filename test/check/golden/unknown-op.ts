// @ts-nocheck
// An unknown op, with the nearest op as a suggestion.
// expect: error 4:15 unknown name `runNme` (did you mean `runName`?)
runs.map(r => runNme(r))
