// @ts-nocheck
// A config value may not be an array: iterating it warns; `Array.isArray` narrows it to one.
// expect: warning 5:17 this is a JsonValue, which may be missing or not an array: check it first (`Array.isArray(x)`)
const tags = runConfig(runs[0]).tags
for (const t of tags) console.log(t)
if (Array.isArray(tags)) for (const t of tags) console.log(t)
