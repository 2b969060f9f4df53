// Runs that trained on a stale "training-data": a version older than the newest one that
// existed when the run started. Each gets a warning; the value is their names.
const dataset = artifacts.find(a => artifactName(a) === "training-data");
const dataVersions = dataset ? artifactVersions(dataset) : [];

const newestAt = (time: Date) => {
  const available = dataVersions.filter(v => artifactVersionCreatedAt(v) < time);
  return Math.max(...available.map(v => artifactVersionNumber(v)));
};

const stale = runs.filter(run => {
  const used = runUsedArtifactVersions(run).find(a => a.name === "training-data");
  return used !== undefined && used.version < newestAt(runCreatedAt(run));
});

for (const run of stale) {
  const used = runUsedArtifactVersions(run).find(a => a.name === "training-data");
  if (used) {
    console.warn(`${runName(run)} trained on training-data v${used.version}; v${newestAt(runCreatedAt(run))} was out`);
  }
}
stale.map(run => runName(run));
