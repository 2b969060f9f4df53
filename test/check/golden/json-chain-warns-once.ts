// @ts-nocheck
// A chain of plain reads through a JSON value warns once, at its first read through JSON, whether it reads with `.` or with `[…]`; after a `?.` it warns where the plain reads start again.
// expect: warning 8:11 this is a JsonValue, which may be missing (a run without the key): read through it with `?.`
// expect: warning 9:11 this is a JsonValue, which may be missing (a run without the key): read through it with `?.`
// expect: warning 10:11 this is a JsonValue, which may be missing (a run without the key): read through it with `?.`
// expect: warning 11:11 this is a JsonValue, which may be missing (a run without the key): read through it with `?.`
const c = runConfig(runs[0])
const a = c.opt.lr.x
const b = c["opt"]["lr"].x
const d = c.opt?.lr.x
const e = runHistory(runs[0])[0].loss.x
