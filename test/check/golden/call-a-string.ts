// @ts-nocheck
// Calling a field that is a string.
// expect: error 4:1 `id` is not a function (it is a string)
runs[0].id()
