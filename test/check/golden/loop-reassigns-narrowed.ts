// @ts-nocheck
// The loop body may set `run` to undefined: at the next pass's start it may be undefined.
// expect: warning 7:11 the argument `run` of `runName` may be undefined, but a Run is required
let run: Run | undefined = runs[0]
runName(run)
for (const r of runs) {
  runName(run)
  run = runs.find(x => x.id === r.id + "-next")
}
