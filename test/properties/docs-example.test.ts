/** docs/testing.md's example is embedder-example.test.ts, word for word, so the example runs in every `npm test`. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as testing from "../../src/testing/index.js";

const doc = readFileSync(new URL("../../docs/testing.md", import.meta.url), "utf8");

describe("docs/testing.md", () => {
  it("shows embedder-example.test.ts as it is", () => {
    const section = doc.slice(doc.indexOf("## Example: an embedder's property test"));
    const block = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
    expect(block).toBe(readFileSync(new URL("./embedder-example.test.ts", import.meta.url), "utf8"));
  });

  it("documents every export of weft/testing", () => {
    for (const name of Object.keys(testing)) expect(doc, name).toContain(`\`${name}`);
  });
});
