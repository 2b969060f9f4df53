// @ts-nocheck
// An unknown Date method.
// expect: error 4:31 Dates have no method `getTim` (did you mean `getTime`?)
runs.map(r => runCreatedAt(r).getTim())
