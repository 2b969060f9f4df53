// @ts-nocheck
// Calling a method on a JsonValue read from a config warns: it may be missing or of another type.
// expect: warning 5:7 `toUpperCase` is called on a JsonValue, which may be missing or of another type: check it first (`typeof x === "number"`, `typeof x === "string"`)
const model = runConfig(runs[0]).model
model.toUpperCase()
