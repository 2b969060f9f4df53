// @ts-nocheck
// An unknown array method.
// expect: error 4:6 arrays have no method `mapp` (did you mean `map`?)
runs.mapp(r => runName(r))
