// @ts-nocheck
// An unknown method of the project.
// (A known defect of the checker once; fixed.)
// expect: error 5:9 Project has no method `runz` (did you mean `runs`?)
project.runz()
