// @ts-nocheck
// `if (row.model)` narrows `row.model` inside the branch, as TypeScript narrows property paths.
// expect: no diagnostics
const row = { name: runName(runs[0]), model: runLoggedArtifactVersion(runs[0], "model") }
if (row.model) console.log(row.model.size)
