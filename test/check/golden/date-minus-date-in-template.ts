// @ts-nocheck
// Date - Date inside a template literal's substitution.
// expect: error 4:33 a Date cannot be subtracted from a Date: use `a.getTime() - b.getTime()` for the milliseconds between them
runs.map(r => `${runName(r)}: ${runHeartbeatAt(r) - runCreatedAt(r)} ms`)
