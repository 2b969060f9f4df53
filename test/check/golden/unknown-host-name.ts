// @ts-nocheck
// Host globals are unknown names with a note, not "did you mean".
// expect: error 4:1 unknown name `process` (a Weft program cannot reach the host)
process.env.HOME
