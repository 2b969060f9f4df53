// @ts-nocheck
// Subtracting one Date from another is a TypeScript error; the hint names getTime().
// expect: error 6:1 a Date cannot be subtracted from a Date: use `a.getTime() - b.getTime()` for the milliseconds between them
const created = runCreatedAt(runs[0])
const lastSeen = runHeartbeatAt(runs[0])
lastSeen - created
