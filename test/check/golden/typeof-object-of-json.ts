// @ts-nocheck
// `typeof x === "object"` makes a JSON value null, an array of JSON values or a record of them: not a string.
// expect: error 5:48 the value is null | JsonValue[] | Record<string, JsonValue>, but a string is required
const j = runConfig(runs[0]).x
if (typeof j === "object") { const s: string = j }
