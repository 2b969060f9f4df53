// Runs that took more than an hour, longest first, with their runtime written as "Xh Ym".
const formatRuntime = (seconds: number) => {
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  return `${hours}h ${minutes}m`;
};

const longRuns = runs
  .filter(run => runRuntime(run) > 3600)
  .sort((a, b) => runRuntime(b) - runRuntime(a));

console.log(`${longRuns.length} of ${runs.length} runs took more than an hour`);
longRuns.slice(0, 10).map(run => `${runName(run)} [${run.state}]: ${formatRuntime(runRuntime(run))}`);
