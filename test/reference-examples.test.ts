/** Every example of the op reference runs in Weft exactly as V8 runs it: value and console output. */
import { describe, it, expect } from "vitest";
import { referenceExamples } from "./reference-examples.js";
import { runInV8 } from "./helpers/v8-reference.js";
import { canonical } from "./helpers/canonical.js";
import { weft, sampleFile, SAMPLE_NOW } from "./helpers/weft.js";
import { ops } from "../stdlib/index.js";
import { check } from "../src/api.js";
import { sample } from "./helpers/weft.js";

describe("the op reference's examples agree with V8", () => {
  for (const example of referenceExamples) {
    it(`${example.op}: ${example.title}`, () => {
      const expected = runInV8(example.source, sampleFile, { now: SAMPLE_NOW });
      const actual = weft(example.source);
      expect(canonical(actual.value)).toEqual(canonical(expected.value));
      expect(actual.console).toEqual(expected.console);
    });
  }

  it("type-checks every example with no error and no warning, also against the sample's data", () => {
    for (const example of referenceExamples) {
      const problems = check(example.source, { workspace: sample }).map((d) => `${example.op}: ${example.title}: ${d.severity} ${d.span.line}:${d.span.column} ${d.message}`);
      expect(problems).toEqual([]);
    }
  });

  it("covers every op of the reference", () => {
    const covered = new Set(referenceExamples.map((e) => e.op));
    const documented = ops.filter((op) => op.name !== "runHistory").map((op) => op.name);
    expect(documented.filter((name) => !covered.has(name))).toEqual([]);
  });
});
