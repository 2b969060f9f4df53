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
    examples: [
      {
        title: "Link to an Artifact",
        source: `const link = artifactLink(myArtifact);
console.log(\`View artifact: \${link}\`);
// Output: https://wandb.ai/entity/project/artifacts/type/name`,
      },
      {
        title: "Markdown List of Artifact Links",
        source: `const artifacts = project.artifacts();
const markdown = artifacts.map(a => 
  \`- [\${artifactName(a)}](\${artifactLink(a)})\`
).join('\\n');`,
      },
    ],
    impl: (a: Artifact) => `https://wandb.ai/${a.project.entity}/${a.project.name}/artifacts/${a.type}/${a.name}`,
  }),
  defineOp({
    name: "artifactName",
    category: "Artifact Operations",
    params: artifactParam("The artifact to get the name from"),
    returns: "string",
    summary: "Gets the name of an artifact.",
    description: "Returns the artifact’s unique name within its project.",
    examples: [
      {
        title: "List Artifact Names",
        source: `artifacts.forEach(artifact => {
  console.log(\`Artifact: \${artifactName(artifact)}\`);
});`,
      },
      {
        title: "Filter Model Artifacts",
        source: `const modelArtifacts = artifacts.filter(a => 
  artifactName(a).includes("model")
);`,
      },
    ],
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
    examples: [
      {
        title: "Find the Production Version",
        source: `const prodVersion = versions.find(v => 
  artifactVersionAlias(v) === "production"
);`,
      },
    ],
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
    examples: [
      {
        title: "Sort Versions by Creation Date",
        source: `const sorted = versions.sort((a, b) => 
  artifactVersionCreatedAt(a).getTime() - 
  artifactVersionCreatedAt(b).getTime()
);`,
      },
    ],
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
    examples: [
      {
        title: "Verify Integrity",
        source: `const digest = artifactVersionDigest(version);
const expected = "sha256:abc123...";
if (digest !== expected) {
  console.error("Artifact integrity check failed!");
}`,
      },
    ],
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
    examples: [
      {
        title: "Find the Latest Version Number",
        source: `const versions = artifactVersions(artifact);
const maxVersion = Math.max(...versions.map(v => 
  artifactVersionNumber(v)
));
console.log(\`Latest version: v\${maxVersion}\`);`,
      },
    ],
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
    examples: [
      {
        title: "Display Size in MB",
        source: `const bytes = artifactVersionSize(version);
const mb = (bytes / 1e6).toFixed(2);
console.log(\`Size: \${mb} MB\`);`,
      },
      {
        title: "Find Large Versions",
        source: `const largeVersions = versions.filter(v => 
  artifactVersionSize(v) > 1e9 // > 1GB
);`,
      },
    ],
    impl: (v: ArtifactVersion) => v.size,
  }),
  defineOp({
    name: "artifactVersions",
    category: "Artifact Operations",
    params: artifactParam("The artifact to get versions from"),
    returns: "ArtifactVersion[]",
    summary: "Gets all versions of an artifact.",
    description: "Returns an array of all version objects for the artifact, including version numbers, aliases, sizes, and timestamps, ascending by version number.",
    examples: [
      {
        title: "List Versions",
        source: `const versions = artifactVersions(myArtifact);
versions.forEach(v => {
  console.log(\`v\${v.version}: \${v.alias} (\${v.size} bytes)\`);
});`,
      },
      {
        title: "Find the Latest Version",
        source: `const versions = artifactVersions(artifact);
const latest = versions.find(v => v.alias === "latest");
if (latest) {
  console.log(\`Latest is v\${latest.version}\`);
}`,
      },
      {
        title: "Total Storage",
        source: `const versions = artifactVersions(artifact);
const totalSize = versions.reduce((sum, v) => sum + v.size, 0);
console.log(\`Total storage: \${(totalSize / 1e9).toFixed(2)} GB\`);`,
      },
    ],
    impl: (a: Artifact) => active().made(Array.from(a.versions)),
  }),
];
