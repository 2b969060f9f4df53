// Section 4 of bench/run.mjs, in a fresh process: reads a workspace file, times JSON.parse and
// loadWorkspace separately (cold: the first load in the process; warm: a second one), and
// measures the heap before and after. Prints one JSON object on standard output.
//
//   node --expose-gc bench/load-child.mjs <workspace.json> [--warm]

import { readFileSync } from "node:fs";
import { loadWorkspace } from "../dist/src/index.js";

const file = process.argv[2];
const gc = () => {
  if (typeof globalThis.gc === "function") {
    globalThis.gc();
    globalThis.gc();
  }
};
const heap = () => process.memoryUsage().heapUsed;

gc();
const heapStart = heap();
const rssStart = process.memoryUsage().rss;

let t = performance.now();
let text = readFileSync(file, "utf8");
const readMs = performance.now() - t;
const textChars = text.length;

t = performance.now();
let data = JSON.parse(text);
const parseMs = performance.now() - t;
text = null;
gc();
const heapAfterParse = heap();

t = performance.now();
let ws = loadWorkspace(data);
const loadMs = performance.now() - t;
const runs = ws.runs.length;
gc();
const heapAfterLoad = heap();
data = null; // the workspace alone: what an embedder keeps once the parsed file is dropped
gc();
const heapWorkspaceOnly = heap();
const rssAfterLoad = process.memoryUsage().rss;

// With --warm, a second load in the same process: JIT-warm, as in a long-running server.
let warmLoadMs;
if (process.argv.includes("--warm")) {
  ws = null;
  gc();
  data = JSON.parse(readFileSync(file, "utf8"));
  gc();
  t = performance.now();
  ws = loadWorkspace(data);
  warmLoadMs = performance.now() - t;
}

process.stdout.write(
  JSON.stringify({
    runs,
    textChars,
    readMs,
    parseMs,
    loadMs,
    warmLoadMs,
    heapStart,
    heapAfterParse,
    heapAfterLoad,
    heapWorkspaceOnly,
    rssStart,
    rssAfterLoad,
    maxRss: process.resourceUsage().maxRSS * 1024,
  }) + "\n",
);
