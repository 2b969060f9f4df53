// @ts-nocheck
// `?.` and `??` on maybe-undefined values.
// expect: no diagnostics
const v = runLoggedArtifactVersion(runs[0], "model:latest")
const size = v?.size ?? 0
const alias = runs.find(r => r.state === "running")?.id ?? "none"
const aliases = v?.aliases ?? []
;[size * 2, alias.toUpperCase(), aliases.length]
