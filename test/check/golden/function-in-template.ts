// @ts-nocheck
// A function cannot be put in a template literal (Weft refuses to convert functions).
// expect: error 4:18 a function cannot be put in a template literal
runs.map(r => `${runName}`)
