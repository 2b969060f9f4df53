// @ts-nocheck
// A Date compared with a date string: TypeScript rejects it (compare with `new Date("…")`).
// expect: error 4:18 `>` cannot compare a Date with a string
runs.filter(r => runCreatedAt(r) > "2026-11-01")
