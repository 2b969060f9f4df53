// @ts-nocheck
// `if (!run) return …` narrows the rest of the function body.
// expect: no diagnostics
const lookup = (name: string) => {
  const run = runs.find(r => runName(r) === name)
  if (!run) return "missing"
  return `${runName(run)} ran ${runRuntime(run)} s`
}
lookup("zesty-sun-1")
