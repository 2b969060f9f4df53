// Writes docs/ops.md from the stdlib registry. Run with `npm run docs` (it builds first).
import { writeFileSync } from "node:fs";
import { opsMarkdown } from "../dist/src/docs.js";

writeFileSync(new URL("../docs/ops.md", import.meta.url), opsMarkdown());
console.log("wrote docs/ops.md");
