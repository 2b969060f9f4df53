// The five most accurate runs: sort a copy of the runs by their summary's accuracy, best first.
// Runs without an accuracy (preprocessing, failed runs) are left out first.
const scored = runs.filter(run => runSummary(run).accuracy !== undefined);
const top = scored
  .slice()
  .sort((a, b) => runSummary(b).accuracy - runSummary(a).accuracy)
  .slice(0, 5);
top.map(run => `${runName(run)} (${runJobType(run)}, ${runUser(run).username}): ${runSummary(run).accuracy}`);
