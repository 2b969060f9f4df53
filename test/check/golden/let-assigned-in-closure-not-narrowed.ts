// @ts-nocheck
// A `let` declared `Run | undefined` holds a Run after its declaration, unless a closure assigns it: the closure may have run (TypeScript assumes it has not).
// expect: warning 8:9 the argument `run` of `runName` may be undefined, but a Run is required
let kept: Run | undefined = runs[0]
runName(kept)
let cleared: Run | undefined = runs[0]
const clear = () => { cleared = undefined }
runName(cleared)
