#!/usr/bin/env node
// After tsc: the CLI's entry must be executable for `npx weft` (tsc writes files without the bit).
import { chmodSync } from "node:fs";
chmodSync(new URL("../dist/src/cli/bin.js", import.meta.url), 0o755);
