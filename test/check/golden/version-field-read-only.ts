// @ts-nocheck
// An ArtifactVersion's fields are read-only.
// expect: error 5:3 cannot assign to `size`: ArtifactVersion fields are read-only
const v = artifactVersions(artifacts[0])[0]
v.size = 0
