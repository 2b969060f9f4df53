/**
 * Every example of the op reference as a runnable program over the sample workspace. The
 * examples' own text lives in the op entries (stdlib/ops/*), as the reference writes it with its
 * template literals' backticks restored; here each gets a prelude that binds its free names with
 * `const` from the roots, and, where it defines a name, an epilogue expression that makes its
 * result the program's value, so that values are compared and not only console output.
 *
 * The artifact examples carry titles of our own: the reference's artifact page gives none.
 * The artifactLink "markdown" example is garbled in the seeds (`- ${artifactName(a)}})`); the
 * op entry reconstructs it as `- [${artifactName(a)}](${artifactLink(a)})`.
 */
import { opsByName } from "../stdlib/index.js";

export interface ReferenceExample {
  /** The op whose reference section the example is in. */
  op: string;
  title: string;
  /** The runnable program: prelude, the reference's text, epilogue. */
  source: string;
}

interface Binding {
  op: string;
  title: string;
  prelude?: string[];
  epilogue?: string;
}

const bindings: Binding[] = [
  { op: "runConfig", title: "Basic Configuration Access", prelude: ["const myRun = runs[0];"], epilogue: "config" },
  { op: "runConfig", title: "Filtering Runs by Configuration", epilogue: "highLRRuns.map(r => runName(r))" },
  { op: "runConfig", title: "Comparing Configurations", prelude: ["const baseline = runs[0];", "const experiment = runs[1];"], epilogue: "differences" },
  { op: "runCreatedAt", title: "Filter Recent Runs", epilogue: "recentRuns.map(r => runName(r))" },
  { op: "runCreatedAt", title: "Sort Chronologically", epilogue: "sortedRuns.map(r => runName(r))" },
  { op: "runCreatedAt", title: "Group by Date", epilogue: "runsByDate" },
  { op: "runHeartbeatAt", title: "Check if Run is Active", epilogue: "runs.filter(isActive).map(runName)" },
  { op: "runJobType", title: "Filter by Job Type", epilogue: "[trainingRuns.map(r => runName(r)), evalRuns.map(r => runName(r))]" },
  { op: "runLoggedArtifactVersion", title: "Get Latest Model", prelude: ["const run = runs[0];"], epilogue: "model" },
  { op: "runLoggedArtifactVersion", title: "Verify Output Artifacts", prelude: ["const run = runs[0];"], epilogue: "missing" },
  { op: "runLoggedArtifactVersions", title: "List All Outputs", prelude: ["const run = runs[0];"], epilogue: "outputs" },
  { op: "runLoggedArtifactVersions", title: "Count Output Types", prelude: ["const run = runs[0];"], epilogue: "[modelCount, dataCount]" },
  { op: "runName", title: "Display Run Names" },
  { op: "runRuntime", title: "Display Runtime", prelude: ["const myRun = runs[0];"], epilogue: "[runtime, hours, minutes]" },
  { op: "runRuntime", title: "Filter Long-Running Experiments", epilogue: "longRuns.map(r => runName(r))" },
  { op: "runSummary", title: "Accessing Final Metrics", prelude: ["const myRun = runs[0];"], epilogue: "summary" },
  { op: "runSummary", title: "Finding Best Performing Run", epilogue: "runName(bestRun)" },
  { op: "runSummary", title: "Filtering by Performance Threshold", epilogue: "goodRuns.map(r => runName(r))" },
  { op: "runUsedArtifactVersions", title: "List Input Dependencies", prelude: ["const run = runs[0];"], epilogue: "inputs" },
  { op: "runUsedArtifactVersions", title: "Verify Dataset Version", prelude: ["const run = runs[0];"], epilogue: "dataset" },
  { op: "runUser", title: "Filter by User", epilogue: "myRuns.map(r => runName(r))" },
  { op: "runUser", title: "Group Runs by User", epilogue: "runsByUser" },
  { op: "artifactLink", title: "Link to an Artifact", prelude: ["const myArtifact = artifacts[0];"], epilogue: "link" },
  { op: "artifactLink", title: "Markdown List of Artifact Links", epilogue: "markdown" },
  { op: "artifactName", title: "List Artifact Names" },
  { op: "artifactName", title: "Filter Model Artifacts", epilogue: "modelArtifacts.map(a => artifactName(a))" },
  { op: "artifactVersionAlias", title: "Find the Production Version", prelude: ["const versions = artifactVersions(artifacts[0]);"], epilogue: "prodVersion" },
  { op: "artifactVersionCreatedAt", title: "Sort Versions by Creation Date", prelude: ["const versions = artifactVersions(artifacts[0]);"], epilogue: "sorted.map(v => artifactVersionNumber(v))" },
  { op: "artifactVersionDigest", title: "Verify Integrity", prelude: ["const versions = artifactVersions(artifacts[0]);", "const version = versions[0];"], epilogue: "digest" },
  { op: "artifactVersionNumber", title: "Find the Latest Version Number", prelude: ["const artifact = artifacts[0];"], epilogue: "maxVersion" },
  { op: "artifactVersionSize", title: "Display Size in MB", prelude: ["const versions = artifactVersions(artifacts[0]);", "const version = versions[0];"], epilogue: "mb" },
  { op: "artifactVersionSize", title: "Find Large Versions", prelude: ["const versions = artifactVersions(artifacts[0]);"], epilogue: "largeVersions.map(v => artifactVersionNumber(v))" },
  { op: "artifactVersions", title: "List Versions", prelude: ["const myArtifact = artifacts[0];"], epilogue: "versions" },
  { op: "artifactVersions", title: "Find the Latest Version", prelude: ["const artifact = artifacts[0];"], epilogue: "latest" },
  { op: "artifactVersions", title: "Total Storage", prelude: ["const artifact = artifacts[0];"], epilogue: "totalSize" },
];

function exampleText(op: string, title: string): string {
  const example = opsByName.get(op)?.examples.find((e) => e.title === title);
  if (!example) throw new Error(`reference-examples: no example "${title}" in op ${op}`);
  return example.source;
}

export const referenceExamples: ReferenceExample[] = bindings.map((b) => ({
  op: b.op,
  title: b.title,
  source: [...(b.prelude ?? []), exampleText(b.op, b.title), ...(b.epilogue ? [b.epilogue] : [])].join("\n") + "\n",
}));
