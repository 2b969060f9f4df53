// Runs grouped by the user who started them, with the reduce-into-{} idiom of the op reference,
// then summarised as counts per user and job type.
const runsByUser = runs.reduce((groups, run) => {
  const user = runUser(run).username;
  groups[user] = groups[user] || [];
  groups[user].push(run);
  return groups;
}, {});

const summary = Object.keys(runsByUser).map(username => {
  const mine = runsByUser[username];
  const training = mine.filter(run => runJobType(run) === "train").length;
  const evals = mine.filter(run => runJobType(run) === "eval").length;
  return `${username}: ${mine.length} runs (${training} train, ${evals} eval)`;
});
summary;
