// @ts-nocheck
// A closure made inside `if (best)` is called after `best = undefined`: TypeScript 5.4 keeps a `let`'s narrowing in a closure only where no assignment follows.
// expect: warning 6:30 the argument `run` of `runRuntime` may be undefined, but a Run is required
let best = runs.find(r => runRuntime(r) > 100)
if (best) {
  const f = () => runRuntime(best)
  best = undefined
  f()
}
