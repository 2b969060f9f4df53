/** The Run Operations of the W&B op reference, and `runHistory`, which it names under See Also. */
import { active } from "../../src/runtime/active.js";
import type { Run, ArtifactVersion } from "../../src/workspace/entities.js";
import { defineOp } from "./define.js";

const runParam = (description: string) => [{ name: "run", type: "Run", description }];

export const runOps = [
  defineOp({
    name: "runConfig",
    category: "Run Operations",
    params: runParam("The W&B run object to extract configuration from"),
    returns: "ConfigDict",
    summary: "Extracts the configuration dictionary (ConfigDict) from a W&B run.",
    description:
      "The configuration contains hyperparameters and settings used when the run was initialized. This is particularly useful for comparing configurations across experiments or filtering runs based on specific parameter values.",
    seeAlso: ["runSummary", "runHistory"],
    examples: [
      {
        title: "Basic Configuration Access",
        source: `const config = runConfig(myRun);
console.log(config.learning_rate); // 0.001
console.log(config.batch_size);    // 32`,
      },
      {
        title: "Filtering Runs by Configuration",
        source: `// Find all runs with learning rate > 0.01
const highLRRuns = runs.filter(run => {
  const config = runConfig(run);
  return config.learning_rate > 0.01;
});`,
      },
      {
        title: "Comparing Configurations",
        source: `const config1 = runConfig(baseline);
const config2 = runConfig(experiment);
const differences = Object.keys(config1).filter(key => 
  config1[key] !== config2[key]
);`,
      },
    ],
    impl: (run: Run) => active().view(run.config),
  }),
  defineOp({
    name: "runCreatedAt",
    category: "Run Operations",
    params: runParam("The W&B run to get creation time from"),
    returns: "Date",
    summary: "Gets the creation timestamp of a W&B run.",
    description: "Returns when the run was first initialized. Useful for chronological sorting, filtering by date ranges, or analyzing experiment progression over time.",
    examples: [
      {
        title: "Filter Recent Runs",
        source: `const oneWeekAgo = new Date();
oneWeekAgo.setDate(oneWeekAgo.getDate() - 7);

const recentRuns = runs.filter(run => 
  runCreatedAt(run) > oneWeekAgo
);`,
      },
      {
        title: "Sort Chronologically",
        source: `const sortedRuns = runs.sort((a, b) => 
  runCreatedAt(a).getTime() - runCreatedAt(b).getTime()
);`,
      },
      {
        title: "Group by Date",
        source: `const runsByDate = runs.reduce((groups, run) => {
  const date = runCreatedAt(run).toDateString();
  groups[date] = groups[date] || [];
  groups[date].push(run);
  return groups;
}, {});`,
      },
    ],
    impl: (run: Run) => active().view(run.createdAt),
  }),
  defineOp({
    name: "runHeartbeatAt",
    category: "Run Operations",
    params: runParam("The W&B run to get heartbeat from"),
    returns: "Date",
    summary: "Gets the last heartbeat timestamp of a W&B run.",
    description: "The heartbeat indicates when the run last sent data to W&B. For active runs, this is continuously updated. For finished runs, it shows the completion time.",
    examples: [
      {
        title: "Check if Run is Active",
        source: `const isActive = (run: Run) => {
  const lastHeartbeat = runHeartbeatAt(run);
  const fiveMinutesAgo = new Date(Date.now() - 5 * 60 * 1000);
  return lastHeartbeat > fiveMinutesAgo;
};`,
      },
    ],
    impl: (run: Run) => active().view(run.heartbeatAt),
  }),
  defineOp({
    name: "runJobType",
    category: "Run Operations",
    params: runParam("The W&B run to get job type from"),
    returns: "string | undefined",
    summary: "Gets the job type of a run.",
    description: "Returns the job type classification (e.g., “train”, “eval”, “sweep”) if set.",
    examples: [
      {
        title: "Filter by Job Type",
        source: `const trainingRuns = runs.filter(run => 
  runJobType(run) === "train"
);
const evalRuns = runs.filter(run => 
  runJobType(run) === "eval"
);`,
      },
    ],
    impl: (run: Run) => run.jobType,
  }),
  defineOp({
    name: "runLoggedArtifactVersion",
    category: "Run Operations",
    params: [
      { name: "run", type: "Run", description: "The W&B run that logged the artifact" },
      { name: "artifactVersionName", type: "string", description: "Artifact identifier as “name:alias” (e.g., “model:latest”, “dataset:v2”)" },
    ],
    returns: "ArtifactVersion | undefined",
    summary: "Gets a specific artifact version logged (output) by a run.",
    description:
      "Artifacts in W&B are versioned files or directories that track model checkpoints, datasets, or other outputs. This function retrieves a specific artifact version that was created/logged during the run’s execution. The name is `name:alias`, where the alias is one of the version's aliases or its `v<number>`; a name without `:` means `name:latest`. Where the run logged no such version, the result is `undefined`.",
    examples: [
      {
        title: "Get Latest Model",
        source: `const model = runLoggedArtifactVersion(run, "model:latest");
if (model) {
  console.log(\`Model version: v\${model.version}\`);
  console.log(\`Model size: \${model.size} bytes\`);
  console.log(\`Created: \${model.createdAt}\`);
}`,
      },
      {
        title: "Verify Output Artifacts",
        source: `const requiredOutputs = ["model:latest", "evaluation:latest"];
const missing = requiredOutputs.filter(name => 
  !runLoggedArtifactVersion(run, name)
);
if (missing.length > 0) {
  console.warn(\`Missing outputs: \${missing.join(", ")}\`);
}`,
      },
    ],
    impl: (run: Run, spec: string) => findLogged(run, spec),
  }),
  defineOp({
    name: "runLoggedArtifactVersions",
    category: "Run Operations",
    params: runParam("The W&B run to get logged artifacts from"),
    returns: "ArtifactVersion[]",
    summary: "Gets all artifact versions logged (output) by a run.",
    description: "Returns a complete list of all artifacts created during the run’s execution, including models, datasets, checkpoints, and other outputs.",
    examples: [
      {
        title: "List All Outputs",
        source: `const outputs = runLoggedArtifactVersions(run);
outputs.forEach(artifact => {
  console.log(\`Logged: \${artifact.name}:\${artifact.alias}\`);
  console.log(\`  Version: \${artifact.version}\`);
  console.log(\`  Size: \${artifact.size} bytes\`);
});`,
      },
      {
        title: "Count Output Types",
        source: `const outputs = runLoggedArtifactVersions(run);
const modelCount = outputs.filter(a => a.name.includes("model")).length;
const dataCount = outputs.filter(a => a.name.includes("data")).length;
console.log(\`Models: \${modelCount}, Datasets: \${dataCount}\`);`,
      },
    ],
    impl: (run: Run) => active().made(Array.from(run.loggedArtifacts)),
  }),
  defineOp({
    name: "runName",
    category: "Run Operations",
    params: runParam("The W&B run to get name from"),
    returns: "string",
    summary: "Gets the name/ID of a run.",
    description: "Returns the unique run name (ID) assigned by W&B or set by the user: the run's name, or its id where it has no name.",
    examples: [
      {
        title: "Display Run Names",
        source: `runs.forEach(run => {
  console.log(\`Run: \${runName(run)}\`);
});`,
      },
    ],
    impl: (run: Run) => run.name ?? run.id,
  }),
  defineOp({
    name: "runRuntime",
    category: "Run Operations",
    params: runParam("The W&B run to calculate runtime for"),
    returns: "number",
    summary: "Calculates the runtime duration of a W&B run in seconds.",
    description: "Returns the total execution time from creation to last heartbeat, in seconds (fractional). For active runs, this represents the current runtime.",
    examples: [
      {
        title: "Display Runtime",
        source: `const runtime = runRuntime(myRun);
const hours = Math.floor(runtime / 3600);
const minutes = Math.floor((runtime % 3600) / 60);
console.log(\`Runtime: \${hours}h \${minutes}m\`);`,
      },
      {
        title: "Filter Long-Running Experiments",
        source: `const longRuns = runs.filter(run => 
  runRuntime(run) > 3600 // More than 1 hour
);`,
      },
    ],
    impl: (run: Run) => {
      // The program's own copies, if it has changed them: V8 would subtract the very Dates it changed.
      const ctx = active();
      return (ctx.view(run.heartbeatAt).getTime() - ctx.view(run.createdAt).getTime()) / 1000;
    },
  }),
  defineOp({
    name: "runSummary",
    category: "Run Operations",
    params: runParam("The W&B run to extract summary from"),
    returns: "SummaryDict",
    summary: "Retrieves summary metrics (SummaryDict) from a W&B run.",
    description:
      "Summary metrics represent the final or best values logged during a run’s execution, such as final accuracy, best validation loss, or total training time. These are scalar values that summarize the run’s overall performance.",
    seeAlso: ["runConfig", "runHistory"],
    examples: [
      {
        title: "Accessing Final Metrics",
        source: `const summary = runSummary(myRun);
console.log(\`Final accuracy: \${summary.accuracy}\`);
console.log(\`Best validation loss: \${summary.best_val_loss}\`);
console.log(\`Training time: \${summary.training_time_seconds}\`);`,
      },
      {
        title: "Finding Best Performing Run",
        source: `const bestRun = runs.reduce((best, current) => {
  const bestSummary = runSummary(best);
  const currentSummary = runSummary(current);
  return currentSummary.accuracy > bestSummary.accuracy ? current : best;
});`,
      },
      {
        title: "Filtering by Performance Threshold",
        source: `const goodRuns = runs.filter(run => {
  const summary = runSummary(run);
  return summary.accuracy > 0.95 && summary.val_loss < 0.1;
});`,
      },
    ],
    impl: (run: Run) => active().view(run.summary),
  }),
  defineOp({
    name: "runUsedArtifactVersions",
    category: "Run Operations",
    params: runParam("The W&B run to get used artifacts from"),
    returns: "ArtifactVersion[]",
    summary: "Gets all artifact versions used (input) by a run.",
    description: "Returns artifacts that were consumed as inputs during the run’s execution, such as training datasets, pretrained models, or configuration files.",
    examples: [
      {
        title: "List Input Dependencies",
        source: `const inputs = runUsedArtifactVersions(run);
console.log("Run dependencies:");
inputs.forEach(artifact => {
  console.log(\`- \${artifact.name}:\${artifact.version}\`);
});`,
      },
      {
        title: "Verify Dataset Version",
        source: `const inputs = runUsedArtifactVersions(run);
const dataset = inputs.find(a => a.name === "training-data");
if (dataset && dataset.version !== 3) {
  console.warn(\`Using outdated dataset v\${dataset.version}\`);
}`,
      },
    ],
    impl: (run: Run) => active().made(Array.from(run.usedArtifacts)),
  }),
  defineOp({
    name: "runUser",
    category: "Run Operations",
    params: runParam("The W&B run to get user from"),
    returns: "User",
    summary: "Gets the user who created the run.",
    description: "Returns the W&B user object associated with the run, useful for filtering by user or analyzing team member contributions.",
    examples: [
      {
        title: "Filter by User",
        source: `const myRuns = runs.filter(run => 
  runUser(run).username === "john_doe"
);`,
      },
      {
        title: "Group Runs by User",
        source: `const runsByUser = runs.reduce((groups, run) => {
  const user = runUser(run).username;
  groups[user] = groups[user] || [];
  groups[user].push(run);
  return groups;
}, {});`,
      },
    ],
    impl: (run: Run) => run.user,
  }),
  defineOp({
    name: "runHistory",
    category: "Run Operations",
    params: runParam("The W&B run to get history from"),
    returns: "HistoryRow[]",
    summary: "Gets the time-series rows a run logged, in step order.",
    description: "Returns the run's history: one row per logged step, each a dictionary of metric values with its `_step`, ordered by `_step`. Runs that logged no history give an empty array.",
    seeAlso: ["runSummary", "runConfig"],
    impl: (run: Run) => active().made(Array.from(active().view(run.history))),
  }),
];

function findLogged(run: Run, spec: string): ArtifactVersion | undefined {
  const colon = spec.lastIndexOf(":");
  const name = colon < 0 ? spec : spec.slice(0, colon);
  const alias = colon < 0 ? "latest" : spec.slice(colon + 1);
  return run.loggedArtifacts.find((v) => v.name === name && (v.aliases.includes(alias) || `v${v.version}` === alias));
}
