/**
 * Checker totality as a property: `check` never throws, on well-typed, ill-typed and random
 * programs and on text that does not parse, with and without a workspace to check keys against;
 * every diagnostic lies inside the source (a type diagnostic's offsets and line and column name
 * the same place); `compile` throws nothing but WeftErrors.
 */
import { describe, expect, it } from "vitest";
import { checker, checksTotally, stats } from "./properties.js";
import { fuzzScale, runProperty } from "./harness.js";

const TIMEOUT = fuzzScale() === undefined ? 120_000 : 7 * 86_400_000;

describe("property: the checker answers every program", () => {
  it("never throws; every diagnostic lies inside the source", { timeout: TIMEOUT }, () => {
    runProperty(checker);
    // The inputs are mostly ill-typed, and some check clean.
    expect(stats.checker.withErrors / stats.checker.total).toBeGreaterThan(0.5);
    expect(stats.checker.clean).toBeGreaterThan(0);
  });

  it("the check of a diagnostic's place holds for a real one", () => {
    expect(() => checksTotally("const x = 1\nx.y.z + runNme(runs[0])", false)).not.toThrow();
    expect(() => checksTotally("runs.map(r => runName(r)", true)).not.toThrow();
  });
});
