/** The generated op reference matches the registry: regenerate it with `npm run docs`. */
import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { opsMarkdown } from "../src/docs.js";
import { ops } from "../stdlib/index.js";

describe("docs/ops.md", () => {
  const text = readFileSync(new URL("../docs/ops.md", import.meta.url), "utf8");

  it("is what the registry generates (run `npm run docs` after changing stdlib/)", () => {
    expect(text).toBe(opsMarkdown());
  });

  it("documents every op with its signature and every example", () => {
    for (const op of ops) {
      expect(text).toContain(`### ${op.name}\n`);
      for (const ex of op.examples) expect(text).toContain(ex.source);
    }
  });
});
