// @ts-nocheck
// `at` may give undefined.
// expect: warning 5:22 the argument `version` of `artifactVersionAlias` may be undefined, but an ArtifactVersion is required
const newest = artifactVersions(artifacts[0]).at(-1)
artifactVersionAlias(newest)
