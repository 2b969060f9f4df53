// @ts-nocheck
// An optional chain short-circuits through index reads and calls after the `?.`: the whole chain is undefined when the start is.
// expect: no diagnostics
const o: { arr: number[]; get: () => number } | undefined = runs.length > 0 ? { arr: [1], get: () => 1 } : undefined
const first = o?.arr[0].toFixed(1)
const got = o?.get().toFixed(1)
