// @ts-nocheck
// Date - Date inside a map callback, where both Dates come from ops.
// expect: error 4:15 a Date cannot be subtracted from a Date: use `a.getTime() - b.getTime()` for the milliseconds between them
runs.map(r => runHeartbeatAt(r) - runCreatedAt(r))
