// Overfitting, read from the history: finished training runs whose final validation loss is more
// than 5% above the lowest it reached, with the step where it was lowest.
const trained = runs.filter(run => run.state === "finished" && runHistory(run).length > 0);

const curves = trained.map(run => {
  const history = runHistory(run);
  let best = history[0];
  for (const row of history) {
    if (row.val_loss < best.val_loss) {
      best = row;
    }
  }
  const last = history[history.length - 1];
  const rise = (last.val_loss - best.val_loss) / best.val_loss;
  return {
    run: runName(run),
    bestStep: best._step,
    bestValLoss: best.val_loss,
    finalValLoss: last.val_loss,
    risePercent: Math.round(rise * 1000) / 10,
  };
});

const overfit = curves.filter(c => c.risePercent > 5).sort((a, b) => b.risePercent - a.risePercent);
console.log(`${overfit.length} of ${trained.length} runs ended more than 5% above their best validation loss`);
overfit;
