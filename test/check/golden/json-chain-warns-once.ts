// @ts-nocheck
// A chain through JSON values warns once, at its first plain read; after a `?.`, the next plain read warns again.
// expect: warning 5:15 this is a JsonValue, which may be missing (a run without the key): read through it with `?.`
// expect: warning 6:15 this is a JsonValue, which may be missing (a run without the key): read through it with `?.`
runs.map(r => runConfig(r).model.layers.size)
runs.map(r => runConfig(r).model?.layers.size)
