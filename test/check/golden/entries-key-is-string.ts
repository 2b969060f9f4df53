// @ts-nocheck
// Object.entries gives [string, V] pairs: the key has no toFixed.
// expect: error 4:63 strings have no method `toFixed`
Object.entries(runSummary(runs[0])).map(([key, value]) => key.toFixed(1))
