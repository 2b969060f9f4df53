// @ts-nocheck
// Object.entries of a dictionary, destructured in parameters and in for-of.
// expect: no diagnostics
const config = runConfig(runs[0])
const lines = Object.entries(config).map(([key, value]) => `${key.toUpperCase()}=${value}`)
for (const [key, value] of Object.entries(runSummary(runs[0]))) {
  console.log(key.padEnd(12), value)
}
Object.keys(config).filter(k => k.startsWith("learn")).length + lines.length
