// Which model versions are in production and staging, what they weigh, which run logged them
// and how that run scored.
const model = artifacts.find(a => artifactName(a) === "model");
const deployed = model
  ? artifactVersions(model).filter(v => v.aliases.includes("production") || v.aliases.includes("staging"))
  : [];

deployed.map(v => {
  const producer = runs.find(run => runLoggedArtifactVersions(run).some(logged => logged.version === v.version && logged.name === v.name));
  const by = producer ? `${runName(producer)} (accuracy ${runSummary(producer).accuracy})` : "unknown run";
  return `${artifactVersionAlias(v)}: ${v.name}:v${artifactVersionNumber(v)}, ${(artifactVersionSize(v) / 1e6).toFixed(1)} MB, ` +
    `created ${artifactVersionCreatedAt(v).toISOString().slice(0, 10)}, logged by ${by}`;
});
