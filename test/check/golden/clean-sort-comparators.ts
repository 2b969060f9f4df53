// @ts-nocheck
// sort's comparator parameters are typed from the array.
// expect: no diagnostics
const byRuntime = runs.slice().sort((a, b) => runRuntime(a) - runRuntime(b))
const byName = runs.map(r => runName(r)).sort((a, b) => a.localeCompare(b))
const byTime = runs.toSorted((a, b) => runCreatedAt(a).getTime() - runCreatedAt(b).getTime())
;[runName(byRuntime[0]), byName[0].toUpperCase(), byTime.length]
