// @ts-nocheck
// `constructor` is refused before the program runs.
// expect: error 4:6 `constructor` is not accessible in Weft
runs.constructor
