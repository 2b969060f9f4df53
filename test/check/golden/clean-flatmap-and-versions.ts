// @ts-nocheck
// flatMap flattens the versions; their fields are typed.
// expect: no diagnostics
const versions = artifacts.flatMap(a => artifactVersions(a))
const total = versions.map(v => v.size).reduce((a, b) => a + b, 0)
versions.filter(v => v.aliases.includes("latest")).map(v => `${v.name}:${v.alias} ${v.createdAt.toISOString()}`).concat([`${total}`])
