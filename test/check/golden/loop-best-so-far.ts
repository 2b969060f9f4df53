// @ts-nocheck
// `let best` assigned in a loop may still be undefined after it (the loop may not run).
// expect: warning 6:9 the argument `run` of `runName` may be undefined, but a Run is required
let best
for (const r of runs) if (!best || runRuntime(r) > runRuntime(best)) best = r
runName(best)
