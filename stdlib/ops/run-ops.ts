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
    impl: (run: Run) => active().view(run.config),
  }),
  defineOp({
    name: "runCreatedAt",
    category: "Run Operations",
    params: runParam("The W&B run to get creation time from"),
    returns: "Date",
    summary: "Gets the creation timestamp of a W&B run.",
    description: "Returns when the run was first initialized. Useful for chronological sorting, filtering by date ranges, or analyzing experiment progression over time.",
    impl: (run: Run) => active().view(run.createdAt),
  }),
  defineOp({
    name: "runHeartbeatAt",
    category: "Run Operations",
    params: runParam("The W&B run to get heartbeat from"),
    returns: "Date",
    summary: "Gets the last heartbeat timestamp of a W&B run.",
    description: "The heartbeat indicates when the run last sent data to W&B. For active runs, this is continuously updated. For finished runs, it shows the completion time.",
    impl: (run: Run) => active().view(run.heartbeatAt),
  }),
  defineOp({
    name: "runJobType",
    category: "Run Operations",
    params: runParam("The W&B run to get job type from"),
    returns: "string | undefined",
    summary: "Gets the job type of a run.",
    description: "Returns the job type classification (e.g., “train”, “eval”, “sweep”) if set.",
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
    impl: (run: Run, spec: string) => findLogged(run, spec),
  }),
  defineOp({
    name: "runLoggedArtifactVersions",
    category: "Run Operations",
    params: runParam("The W&B run to get logged artifacts from"),
    returns: "ArtifactVersion[]",
    summary: "Gets all artifact versions logged (output) by a run.",
    description: "Returns a complete list of all artifacts created during the run’s execution, including models, datasets, checkpoints, and other outputs.",
    impl: (run: Run) => run.loggedArtifacts.slice(),
  }),
  defineOp({
    name: "runName",
    category: "Run Operations",
    params: runParam("The W&B run to get name from"),
    returns: "string",
    summary: "Gets the name/ID of a run.",
    description: "Returns the unique run name (ID) assigned by W&B or set by the user: the run's name, or its id where it has no name.",
    impl: (run: Run) => run.name ?? run.id,
  }),
  defineOp({
    name: "runRuntime",
    category: "Run Operations",
    params: runParam("The W&B run to calculate runtime for"),
    returns: "number",
    summary: "Calculates the runtime duration of a W&B run in seconds.",
    description: "Returns the total execution time from creation to last heartbeat, in seconds (fractional). For active runs, this represents the current runtime.",
    impl: (run: Run) => (run.heartbeatAt.getTime() - run.createdAt.getTime()) / 1000,
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
    impl: (run: Run) => active().view(run.summary),
  }),
  defineOp({
    name: "runUsedArtifactVersions",
    category: "Run Operations",
    params: runParam("The W&B run to get used artifacts from"),
    returns: "ArtifactVersion[]",
    summary: "Gets all artifact versions used (input) by a run.",
    description: "Returns artifacts that were consumed as inputs during the run’s execution, such as training datasets, pretrained models, or configuration files.",
    impl: (run: Run) => run.usedArtifacts.slice(),
  }),
  defineOp({
    name: "runUser",
    category: "Run Operations",
    params: runParam("The W&B run to get user from"),
    returns: "User",
    summary: "Gets the user who created the run.",
    description: "Returns the W&B user object associated with the run, useful for filtering by user or analyzing team member contributions.",
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
    impl: (run: Run) => active().view(run.history).slice(),
  }),
];

function findLogged(run: Run, spec: string): ArtifactVersion | undefined {
  const colon = spec.lastIndexOf(":");
  const name = colon < 0 ? spec : spec.slice(0, colon);
  const alias = colon < 0 ? "latest" : spec.slice(colon + 1);
  return run.loggedArtifacts.find((v) => v.name === name && (v.aliases.includes(alias) || `v${v.version}` === alias));
}
