// Mean final validation loss per optimizer, over the finished training and sweep runs.
const withLoss = runs.filter(run =>
  run.state === "finished" && runConfig(run).optimizer !== undefined && runSummary(run).val_loss !== undefined
);

const byOptimizer = withLoss.reduce((groups, run) => {
  const optimizer = runConfig(run).optimizer;
  groups[optimizer] = groups[optimizer] || [];
  groups[optimizer].push(runSummary(run).val_loss);
  return groups;
}, {});

const table = Object.keys(byOptimizer).map(optimizer => {
  const losses = byOptimizer[optimizer];
  const mean = losses.reduce((sum, loss) => sum + loss, 0) / losses.length;
  return { optimizer: optimizer, runs: losses.length, meanValLoss: Math.round(mean * 10000) / 10000 };
});
table.sort((a, b) => a.meanValLoss - b.meanValLoss);
