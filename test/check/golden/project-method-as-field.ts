// @ts-nocheck
// `project.runs` is a method: reading it as a field is an error.
// expect: error 4:9 `runs` is a method of Project: call it, as `project.runs()`
project.runs.length
