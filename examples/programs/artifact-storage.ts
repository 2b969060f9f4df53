// Storage per artifact: how many versions each has and their total size, largest first, with a
// link to the artifact in the W&B UI.
const formatBytes = (bytes: number) => {
  if (bytes >= 1e9) {
    return `${(bytes / 1e9).toFixed(2)} GB`;
  }
  if (bytes >= 1e6) {
    return `${(bytes / 1e6).toFixed(1)} MB`;
  }
  return `${(bytes / 1e3).toFixed(1)} KB`;
};

const totals = artifacts.map(artifact => {
  const versions = artifactVersions(artifact);
  return {
    artifact: artifact,
    versions: versions.length,
    bytes: versions.reduce((sum, v) => sum + artifactVersionSize(v), 0),
  };
});

const grandTotal = totals.reduce((sum, t) => sum + t.bytes, 0);
console.log(`Total storage: ${formatBytes(grandTotal)} over ${artifacts.length} artifacts`);

totals
  .sort((a, b) => b.bytes - a.bytes)
  .map(t => ({
    name: artifactName(t.artifact),
    versions: t.versions,
    size: formatBytes(t.bytes),
    link: artifactLink(t.artifact),
  }));
