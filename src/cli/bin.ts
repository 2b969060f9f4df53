#!/usr/bin/env node
import { register } from "node:module";

// Load Chevrotain's bundled build instead of its many-module sources: a faster start.
register("./chevrotain-hook.js", import.meta.url);
const { main } = await import("./main.js");
process.exitCode = await main(process.argv.slice(2));
