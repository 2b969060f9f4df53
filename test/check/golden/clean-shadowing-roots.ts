// @ts-nocheck
// A program may shadow a root or an op; each scope sees its own declaration.
// expect: no diagnostics
const project = "mine"
const upper = project.toUpperCase()
const names = runs.map(r => {
  const runs = runName(r)
  return runs.toUpperCase()
})
{
  const runName = (r: Run) => r.id
  console.log(runs.map(runName).length)
}
;[upper, names.length]
