// @ts-nocheck
// `acc > 0.5` says nothing of `acc`'s type: a JSON value stays one (TypeScript narrows only by equality, typeof and truthiness).
// expect: warning 6:20 `toFixed` is called on a JsonValue, which may be missing or of another type: check it first (`typeof x === "number"`, `typeof x === "string"`)
// expect: warning 7:21 `toFixed` is called on a JsonValue, which may be missing or of another type: check it first (`typeof x === "number"`, `typeof x === "string"`)
const acc = runSummary(runs[0]).accuracy
if (acc > 0.5) acc.toFixed(1)
if (acc <= 0.5) acc.toFixed(2)
