// @ts-nocheck
// Math.random is absent: a program's answer depends on its workspace and clock alone.
// expect: error 4:22 `Math.random` is not available: a program's answer depends only on its workspace and its clock
runs[Math.floor(Math.random() * runs.length)]
