#!/usr/bin/env node
// Chevrotain loads from its bundled build beside dist/ (scripts/finish-dist.mjs): no loader hook,
// whose worker thread cost ~90 ms of every start.
const { main } = await import("./main.js");
process.exitCode = await main(process.argv.slice(2));
