// @ts-nocheck
// Spreading numbers, tuples and strings into rest parameters that take them.
// expect: no diagnostics
Math.max(...runs.map(r => runRuntime(r)), 0)
const pair = [1, 2]
Math.min(...pair)
const chars = (...cs: string[]) => cs.join("-")
chars(..."abc")
