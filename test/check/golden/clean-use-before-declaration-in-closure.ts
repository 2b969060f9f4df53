// @ts-nocheck
// A function may refer to a const declared after it, as long as it is called after.
// expect: no diagnostics
const describe = (r: Run) => `${runName(r)} of ${projectName}`
const projectName = project.name
runs.map(describe)
