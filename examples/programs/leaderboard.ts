// A leaderboard of the finished training runs: one object per run with its name, accuracy and
// learning rate, the ten best by accuracy.
const finished = runs.filter(run => runJobType(run) === "train" && run.state === "finished");
const rows = finished.map(run => ({
  name: runName(run),
  accuracy: runSummary(run).accuracy,
  lr: runConfig(run).learning_rate,
}));
const leaderboard = rows.sort((a, b) => b.accuracy - a.accuracy).slice(0, 10);
const leader = leaderboard[0];
if (leader) {
  console.log(`Leader: ${leader.name} with ${(leader.accuracy * 100).toFixed(2)}% at lr=${leader.lr}`);
}
leaderboard;
