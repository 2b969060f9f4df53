#!/usr/bin/env node
// After tsc, two things the compiled CLI needs:
//  1. its entry must be executable for `npx weft` (tsc writes files without the bit);
//  2. Chevrotain's own bundled build (one module, ~30 ms to load) beside dist/, where Node finds a
//     bare `import "chevrotain"` from dist/ before the package's entry, which is its unbundled
//     sources (hundreds of modules, ~600 ms). Same version, same code; without the copy (a
//     published package, where npm leaves node_modules folders out) Node falls back to the
//     package, slower to start but the same. The sources (tests, a browser bundler) use the package.
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const root = new URL("..", import.meta.url);
chmodSync(new URL("dist/src/cli/bin.js", root), 0o755);

// The package's folder, from its entry (its `exports` do not list package.json).
let chevrotainRoot = dirname(createRequire(import.meta.url).resolve("chevrotain"));
while (!existsSync(join(chevrotainRoot, "package.json"))) {
  if (dirname(chevrotainRoot) === chevrotainRoot) throw new Error("finish-dist: no package.json above Chevrotain's entry");
  chevrotainRoot = dirname(chevrotainRoot);
}
const { version } = JSON.parse(readFileSync(join(chevrotainRoot, "package.json"), "utf8"));
const vendored = new URL("dist/node_modules/chevrotain/", root);
mkdirSync(vendored, { recursive: true });
copyFileSync(join(chevrotainRoot, "lib", "chevrotain.mjs"), new URL("chevrotain.mjs", vendored));
writeFileSync(new URL("package.json", vendored), `${JSON.stringify({ name: "chevrotain", version, type: "module", exports: { ".": "./chevrotain.mjs" } }, null, 2)}\n`);
