// @ts-nocheck
// A property that the object literal does not have, after a map.
// expect: error 4:79 the object has no property `nme` (did you mean `name`?)
runs.map(r => ({ name: runName(r), acc: runSummary(r).accuracy })).map(o => o.nme)
