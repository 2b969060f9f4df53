/** The Artifact Operations of the W&B op reference. */
import { active } from "../../src/runtime/active.js";
import type { Artifact, ArtifactVersion } from "../../src/workspace/entities.js";
import { defineOp } from "./define.js";

const versionParam = (description: string) => [{ name: "version", type: "ArtifactVersion", description }];
const artifactParam = (description: string) => [{ name: "artifact", type: "Artifact", description }];

export const artifactOps = [
  defineOp({
    name: "artifactLink",
    category: "Artifact Operations",
    params: artifactParam("The artifact to get the link for"),
    returns: "string",
    summary: "Gets the URL/link for accessing an artifact in the W&B UI.",
    description:
      "Returns a direct link to view the artifact in the W&B web interface, useful for generating reports or sharing artifact references: `https://wandb.ai/<entity>/<project>/artifacts/<type>/<name>`.",
    impl: (a: Artifact) => `https://wandb.ai/${a.project.entity}/${a.project.name}/artifacts/${a.type}/${a.name}`,
  }),
  defineOp({
    name: "artifactName",
    category: "Artifact Operations",
    params: artifactParam("The artifact to get the name from"),
    returns: "string",
    summary: "Gets the name of an artifact.",
    description: "Returns the artifact’s unique name within its project.",
    impl: (a: Artifact) => a.name,
  }),
  defineOp({
    name: "artifactVersionAlias",
    category: "Artifact Operations",
    params: versionParam("The artifact version"),
    returns: "string",
    summary: "Gets the alias of an artifact version.",
    description: "Returns the version alias (e.g., “latest”, “best”, “production”): the version's first alias, or `v<number>` where it has none.",
    seeAlso: ["artifactVersions"],
    impl: (v: ArtifactVersion) => v.alias,
  }),
  defineOp({
    name: "artifactVersionCreatedAt",
    category: "Artifact Operations",
    params: versionParam("The artifact version to get creation date from"),
    returns: "Date",
    summary: "Gets the creation date of an artifact version.",
    description: "Returns when a specific version of the artifact was created.",
    seeAlso: ["artifactVersions"],
    impl: (v: ArtifactVersion) => active().view(v.createdAt),
  }),
  defineOp({
    name: "artifactVersionDigest",
    category: "Artifact Operations",
    params: versionParam("The artifact version"),
    returns: "string",
    summary: "Gets the content digest/hash of an artifact version.",
    description: "Returns the SHA256 digest used to verify artifact integrity.",
    seeAlso: ["artifactVersions"],
    impl: (v: ArtifactVersion) => v.digest,
  }),
  defineOp({
    name: "artifactVersionNumber",
    category: "Artifact Operations",
    params: versionParam("The artifact version"),
    returns: "number",
    summary: "Gets the version number of an artifact version.",
    description: "Returns the numeric version identifier.",
    seeAlso: ["artifactVersions"],
    impl: (v: ArtifactVersion) => v.version,
  }),
  defineOp({
    name: "artifactVersionSize",
    category: "Artifact Operations",
    params: versionParam("The artifact version to get size from"),
    returns: "number",
    summary: "Gets the size of an artifact version in bytes.",
    description: "Returns the storage size of a specific artifact version.",
    seeAlso: ["artifactVersions"],
    impl: (v: ArtifactVersion) => v.size,
  }),
  defineOp({
    name: "artifactVersions",
    category: "Artifact Operations",
    params: artifactParam("The artifact to get versions from"),
    returns: "ArtifactVersion[]",
    summary: "Gets all versions of an artifact.",
    description: "Returns an array of all version objects for the artifact, including version numbers, aliases, sizes, and timestamps, ascending by version number.",
    impl: (a: Artifact) => a.versions.slice(),
  }),
];
