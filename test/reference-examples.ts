/**
 * Every example of the op reference (SPEC: /work/shared/seeds/, the W&B "Run Operations" and
 * "Artifact Operations" pages) as a runnable program over the sample workspace.
 *
 * Each program is: a prelude binding the example's free names from the roots with `const`
 * (only what the example needs), then the example's own text exactly as the reference writes it
 * (with the template literals' backticks restored, which the seeds lost, and the indentation of
 * the readable rendering), then, where the example defines a name, one expression statement that
 * makes its result the program's value, so that values are compared and not only console output.
 *
 * Titles: the run examples carry the reference's own titles (seed 001, "Example: …"). The seed
 * that has the artifact examples (000) has no titles; those titles are ours, marked "(untitled)"
 * in a comment beside each.
 *
 * The free name `artifacts` is only ever the root here: no prelude binds it. (One example, the
 * artifactLink markdown one, declares its own `const artifacts = project.artifacts();`, which
 * shadows the root as a script's const shadows a global.)
 */

export interface ReferenceExample {
  /** The op whose reference section the example is in. */
  op: string;
  title: string;
  source: string;
}

/**
 * A program's text as written between the backquotes, read raw: `\`` stands for a backtick and
 * `\$` for a dollar sign; nothing else is an escape (so `'\n'` stays the four characters it is in
 * the reference). No interpolation.
 */
function program(strings: TemplateStringsArray): string {
  if (strings.raw.length !== 1) throw new Error("reference-examples: no interpolation in programs");
  return strings.raw[0]!.replace(/\\([`$])/g, "$1").replace(/^\n/, "");
}

export const referenceExamples: ReferenceExample[] = [
  // ---------------------------------------------------------------- runConfig
  {
    op: "runConfig",
    title: "Basic Configuration Access",
    source: program`
const myRun = runs[0];
const config = runConfig(myRun);
console.log(config.learning_rate); // 0.001
console.log(config.batch_size);    // 32
config
`,
  },
  {
    op: "runConfig",
    title: "Filtering Runs by Configuration",
    source: program`
// Find all runs with learning rate > 0.01
const highLRRuns = runs.filter(run => {
  const config = runConfig(run);
  return config.learning_rate > 0.01;
});
highLRRuns.map(r => runName(r))
`,
  },
  {
    op: "runConfig",
    title: "Comparing Configurations",
    source: program`
const baseline = runs[0];
const experiment = runs[1];
const config1 = runConfig(baseline);
const config2 = runConfig(experiment);
const differences = Object.keys(config1).filter(key => 
  config1[key] !== config2[key]
);
differences
`,
  },

  // ---------------------------------------------------------------- runCreatedAt
  {
    op: "runCreatedAt",
    title: "Filter Recent Runs",
    source: program`
const oneWeekAgo = new Date();
oneWeekAgo.setDate(oneWeekAgo.getDate() - 7);

const recentRuns = runs.filter(run => 
  runCreatedAt(run) > oneWeekAgo
);
recentRuns.map(r => runName(r))
`,
  },
  {
    op: "runCreatedAt",
    title: "Sort Chronologically",
    source: program`
const sortedRuns = runs.sort((a, b) => 
  runCreatedAt(a).getTime() - runCreatedAt(b).getTime()
);
sortedRuns.map(r => runName(r))
`,
  },
  {
    op: "runCreatedAt",
    title: "Group by Date",
    source: program`
const runsByDate = runs.reduce((groups, run) => {
  const date = runCreatedAt(run).toDateString();
  groups[date] = groups[date] || [];
  groups[date].push(run);
  return groups;
}, {});
runsByDate
`,
  },

  // ---------------------------------------------------------------- runHeartbeatAt
  {
    op: "runHeartbeatAt",
    title: "Check if Run is Active",
    source: program`
const isActive = (run: Run) => {
  const lastHeartbeat = runHeartbeatAt(run);
  const fiveMinutesAgo = new Date(Date.now() - 5 * 60 * 1000);
  return lastHeartbeat > fiveMinutesAgo;
};
runs.filter(isActive).map(runName)
`,
  },

  // ---------------------------------------------------------------- runJobType
  {
    op: "runJobType",
    title: "Filter by Job Type",
    source: program`
const trainingRuns = runs.filter(run => 
  runJobType(run) === "train"
);
const evalRuns = runs.filter(run => 
  runJobType(run) === "eval"
);
[trainingRuns.map(r => runName(r)), evalRuns.map(r => runName(r))]
`,
  },

  // ---------------------------------------------------------------- runLoggedArtifactVersion
  {
    op: "runLoggedArtifactVersion",
    title: "Get Latest Model",
    source: program`
const run = runs[0];
const model = runLoggedArtifactVersion(run, "model:latest");
if (model) {
  console.log(\`Model version: v\${model.version}\`);
  console.log(\`Model size: \${model.size} bytes\`);
  console.log(\`Created: \${model.createdAt}\`);
}
model
`,
  },
  {
    op: "runLoggedArtifactVersion",
    title: "Verify Output Artifacts",
    source: program`
const run = runs[0];
const requiredOutputs = ["model:latest", "evaluation:latest"];
const missing = requiredOutputs.filter(name => 
  !runLoggedArtifactVersion(run, name)
);
if (missing.length > 0) {
  console.warn(\`Missing outputs: \${missing.join(", ")}\`);
}
missing
`,
  },

  // ---------------------------------------------------------------- runLoggedArtifactVersions
  {
    op: "runLoggedArtifactVersions",
    title: "List All Outputs",
    source: program`
const run = runs[0];
const outputs = runLoggedArtifactVersions(run);
outputs.forEach(artifact => {
  console.log(\`Logged: \${artifact.name}:\${artifact.alias}\`);
  console.log(\`  Version: \${artifact.version}\`);
  console.log(\`  Size: \${artifact.size} bytes\`);
});
outputs
`,
  },
  {
    op: "runLoggedArtifactVersions",
    title: "Count Output Types",
    source: program`
const run = runs[0];
const outputs = runLoggedArtifactVersions(run);
const modelCount = outputs.filter(a => a.name.includes("model")).length;
const dataCount = outputs.filter(a => a.name.includes("data")).length;
console.log(\`Models: \${modelCount}, Datasets: \${dataCount}\`);
[modelCount, dataCount]
`,
  },

  // ---------------------------------------------------------------- runName
  {
    op: "runName",
    title: "Display Run Names",
    source: program`
runs.forEach(run => {
  console.log(\`Run: \${runName(run)}\`);
});
`,
  },

  // ---------------------------------------------------------------- runRuntime
  {
    op: "runRuntime",
    title: "Display Runtime",
    source: program`
const myRun = runs[0];
const runtime = runRuntime(myRun);
const hours = Math.floor(runtime / 3600);
const minutes = Math.floor((runtime % 3600) / 60);
console.log(\`Runtime: \${hours}h \${minutes}m\`);
[runtime, hours, minutes]
`,
  },
  {
    op: "runRuntime",
    title: "Filter Long-Running Experiments",
    source: program`
const longRuns = runs.filter(run => 
  runRuntime(run) > 3600 // More than 1 hour
);
longRuns.map(r => runName(r))
`,
  },

  // ---------------------------------------------------------------- runSummary
  {
    op: "runSummary",
    title: "Accessing Final Metrics",
    source: program`
const myRun = runs[0];
const summary = runSummary(myRun);
console.log(\`Final accuracy: \${summary.accuracy}\`);
console.log(\`Best validation loss: \${summary.best_val_loss}\`);
console.log(\`Training time: \${summary.training_time_seconds}\`);
summary
`,
  },
  {
    op: "runSummary",
    title: "Finding Best Performing Run",
    source: program`
const bestRun = runs.reduce((best, current) => {
  const bestSummary = runSummary(best);
  const currentSummary = runSummary(current);
  return currentSummary.accuracy > bestSummary.accuracy ? current : best;
});
runName(bestRun)
`,
  },
  {
    op: "runSummary",
    title: "Filtering by Performance Threshold",
    source: program`
const goodRuns = runs.filter(run => {
  const summary = runSummary(run);
  return summary.accuracy > 0.95 && summary.val_loss < 0.1;
});
goodRuns.map(r => runName(r))
`,
  },

  // ---------------------------------------------------------------- runUsedArtifactVersions
  {
    op: "runUsedArtifactVersions",
    title: "List Input Dependencies",
    source: program`
const run = runs[0];
const inputs = runUsedArtifactVersions(run);
console.log("Run dependencies:");
inputs.forEach(artifact => {
  console.log(\`- \${artifact.name}:\${artifact.version}\`);
});
inputs
`,
  },
  {
    op: "runUsedArtifactVersions",
    title: "Verify Dataset Version",
    source: program`
const run = runs[0];
const inputs = runUsedArtifactVersions(run);
const dataset = inputs.find(a => a.name === "training-data");
if (dataset && dataset.version !== 3) {
  console.warn(\`Using outdated dataset v\${dataset.version}\`);
}
dataset
`,
  },

  // ---------------------------------------------------------------- runUser
  {
    op: "runUser",
    title: "Filter by User",
    source: program`
const myRuns = runs.filter(run => 
  runUser(run).username === "john_doe"
);
myRuns.map(r => runName(r))
`,
  },
  {
    op: "runUser",
    title: "Group Runs by User",
    source: program`
const runsByUser = runs.reduce((groups, run) => {
  const user = runUser(run).username;
  groups[user] = groups[user] || [];
  groups[user].push(run);
  return groups;
}, {});
runsByUser
`,
  },

  // ---------------------------------------------------------------- artifactLink
  {
    op: "artifactLink",
    title: "Link to an Artifact", // (untitled)
    source: program`
const myArtifact = artifacts[0];
const link = artifactLink(myArtifact);
console.log(\`View artifact: \${link}\`);
// Output: https://wandb.ai/entity/project/artifacts/type/name
link
`,
  },
  {
    op: "artifactLink",
    title: "Markdown List of Artifact Links", // (untitled)
    // Garbled in both seeds as `- ${artifactName(a)}})`: the page's Markdown renderer ate the
    // link syntax. Reconstructed as `- [${artifactName(a)}](${artifactLink(a)})`, a Markdown link
    // (the only reading that uses artifactLink, the op this example illustrates).
    source: program`
const artifacts = project.artifacts();
const markdown = artifacts.map(a => 
  \`- [\${artifactName(a)}](\${artifactLink(a)})\`
).join('\n');
markdown
`,
  },

  // ---------------------------------------------------------------- artifactName
  {
    op: "artifactName",
    title: "List Artifact Names", // (untitled)
    source: program`
artifacts.forEach(artifact => {
  console.log(\`Artifact: \${artifactName(artifact)}\`);
});
`,
  },
  {
    op: "artifactName",
    title: "Filter Model Artifacts", // (untitled)
    source: program`
const modelArtifacts = artifacts.filter(a => 
  artifactName(a).includes("model")
);
modelArtifacts.map(a => artifactName(a))
`,
  },

  // ---------------------------------------------------------------- artifactVersionAlias
  {
    op: "artifactVersionAlias",
    title: "Find the Production Version", // (untitled)
    source: program`
const versions = artifactVersions(artifacts[0]);
const prodVersion = versions.find(v => 
  artifactVersionAlias(v) === "production"
);
prodVersion
`,
  },

  // ---------------------------------------------------------------- artifactVersionCreatedAt
  {
    op: "artifactVersionCreatedAt",
    title: "Sort Versions by Creation Date", // (untitled)
    source: program`
const versions = artifactVersions(artifacts[0]);
const sorted = versions.sort((a, b) => 
  artifactVersionCreatedAt(a).getTime() - 
  artifactVersionCreatedAt(b).getTime()
);
sorted.map(v => artifactVersionNumber(v))
`,
  },

  // ---------------------------------------------------------------- artifactVersionDigest
  {
    op: "artifactVersionDigest",
    title: "Verify Integrity", // (untitled)
    source: program`
const versions = artifactVersions(artifacts[0]);
const version = versions[0];
const digest = artifactVersionDigest(version);
const expected = "sha256:abc123...";
if (digest !== expected) {
  console.error("Artifact integrity check failed!");
}
digest
`,
  },

  // ---------------------------------------------------------------- artifactVersionNumber
  {
    op: "artifactVersionNumber",
    title: "Find the Latest Version Number", // (untitled)
    source: program`
const artifact = artifacts[0];
const versions = artifactVersions(artifact);
const maxVersion = Math.max(...versions.map(v => 
  artifactVersionNumber(v)
));
console.log(\`Latest version: v\${maxVersion}\`);
maxVersion
`,
  },

  // ---------------------------------------------------------------- artifactVersionSize
  {
    op: "artifactVersionSize",
    title: "Display Size in MB", // (untitled)
    source: program`
const versions = artifactVersions(artifacts[0]);
const version = versions[0];
const bytes = artifactVersionSize(version);
const mb = (bytes / 1e6).toFixed(2);
console.log(\`Size: \${mb} MB\`);
mb
`,
  },
  {
    op: "artifactVersionSize",
    title: "Find Large Versions", // (untitled)
    source: program`
const versions = artifactVersions(artifacts[0]);
const largeVersions = versions.filter(v => 
  artifactVersionSize(v) > 1e9 // > 1GB
);
largeVersions.map(v => artifactVersionNumber(v))
`,
  },

  // ---------------------------------------------------------------- artifactVersions
  {
    op: "artifactVersions",
    title: "List Versions", // (untitled)
    source: program`
const myArtifact = artifacts[0];
const versions = artifactVersions(myArtifact);
versions.forEach(v => {
  console.log(\`v\${v.version}: \${v.alias} (\${v.size} bytes)\`);
});
versions
`,
  },
  {
    op: "artifactVersions",
    title: "Find the Latest Version", // (untitled)
    source: program`
const artifact = artifacts[0];
const versions = artifactVersions(artifact);
const latest = versions.find(v => v.alias === "latest");
if (latest) {
  console.log(\`Latest is v\${latest.version}\`);
}
latest
`,
  },
  {
    op: "artifactVersions",
    title: "Total Storage", // (untitled)
    source: program`
const artifact = artifacts[0];
const versions = artifactVersions(artifact);
const totalSize = versions.reduce((sum, v) => sum + v.size, 0);
console.log(\`Total storage: \${(totalSize / 1e9).toFixed(2)} GB\`);
totalSize
`,
  },
];
