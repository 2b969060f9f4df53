// @ts-nocheck
// Where `x === undefined || y === undefined` is false, both are defined.
// expect: no diagnostics
const x: number | undefined = runs.length > 0 ? 1 : undefined
const y: number | undefined = runs.length > 1 ? 2 : undefined
if (x === undefined || y === undefined) { x } else { const s: number = x + y }
