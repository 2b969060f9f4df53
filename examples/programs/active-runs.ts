// Runs still sending heartbeats: the last one less than five minutes ago. "Now" is the
// evaluation's clock; the sample workspace ends at 2026-11-23T18:00:00Z, so run this with
//   weft run examples/programs/active-runs.ts --now 2026-11-23T18:00:00Z
const isActive = (run: Run) => {
  const lastHeartbeat = runHeartbeatAt(run);
  const fiveMinutesAgo = new Date(Date.now() - 5 * 60 * 1000);
  return lastHeartbeat > fiveMinutesAgo;
};

const active = runs.filter(isActive);
if (active.length === 0) {
  console.log("No active runs (is --now set?)");
}
active.map(run => {
  const secondsAgo = Math.round((Date.now() - runHeartbeatAt(run).getTime()) / 1000);
  const epoch = runSummary(run).epoch;
  return `${runName(run)} (${runUser(run).name}): epoch ${epoch}, last heartbeat ${secondsAgo}s ago`;
});
