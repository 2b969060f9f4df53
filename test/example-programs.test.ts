/** Every program in examples/programs runs over the sample workspace exactly as V8 runs it. */
import { describe, it, expect } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { runInV8 } from "./helpers/v8-reference.js";
import { canonical } from "./helpers/canonical.js";
import { weft, sample, sampleFile, SAMPLE_NOW } from "./helpers/weft.js";
import { check } from "../src/api.js";

const dir = new URL("../examples/programs/", import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith(".ts"));

describe("examples/programs", () => {
  it("has example programs", () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  for (const file of files) {
    it(file, () => {
      const source = readFileSync(new URL(file, dir), "utf8");
      const expected = runInV8(source, sampleFile, { now: SAMPLE_NOW });
      const actual = weft(source);
      expect(canonical(actual.value)).toEqual(canonical(expected.value));
      expect(actual.console).toEqual(expected.console);
      expect(actual.value).not.toBeUndefined();
      expect(check(source, { workspace: sample }).map((d) => `${d.severity} ${d.span.line}:${d.span.column} ${d.message}`)).toEqual([]);
    });
  }
});
