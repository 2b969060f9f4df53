// @ts-nocheck
// A nested config value may be missing on some run: a plain `.` through a JsonValue warns, `?.` does not.
// expect: warning 4:15 this is a JsonValue, which may be missing (a run without the key): read through it with `?.`
runs.map(r => runConfig(r).scheduler.type)
runs.map(r => runConfig(r).scheduler?.type)
