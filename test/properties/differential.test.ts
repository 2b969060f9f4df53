/**
 * The V8 rule as a property (SPEC §1): generated well-typed programs (of every result type, some
 * writing to what they read, some misusing a maybe-undefined value, some reformatted) over
 * generated workspaces give the value and console output V8 gives for the same source with the
 * roots and ops bound (test/helpers/v8-reference.ts), or both fail; Weft may refuse where V8
 * answers only as docs/language.md documents. Seeded; a failure prints the seed and the shrunk
 * program and workspace.
 */
import { describe, expect, it } from "vitest";
import { differential, judge, stats } from "./properties.js";
import { fuzzScale, runProperty } from "./harness.js";

const TIMEOUT = fuzzScale() === undefined ? 120_000 : 7 * 86_400_000;

describe("property: Weft agrees with V8", () => {
  it("generated programs over generated workspaces: the same value and console output, or both fail", { timeout: TIMEOUT }, () => {
    runProperty(differential);
    const s = stats.differential;
    // Not vacuous: most generated programs pass the checker, and most of those answer on both sides.
    expect(s.checkedOut / s.total).toBeGreaterThan(0.9);
    expect(s.bothAnswered / s.checkedOut).toBeGreaterThan(0.5);
  });

  it("the verdict: agreement passes; a different value, a different console line or a one-sided failure does not", () => {
    const answer = { value: [1, "a"], console: [{ level: "log" as const, text: "x" }] };
    expect(() => judge(answer, structuredClone(answer))).not.toThrow();
    expect(() => judge({ error: { kind: "runtime", message: "cannot read `x` of undefined" } }, { thrown: "TypeError: x" })).not.toThrow();
    expect(() => judge({ error: { kind: "runtime", message: "`constructor` is not accessible in Weft" } }, answer)).not.toThrow();
    expect(() => judge({ ...answer, value: [1, "b"] }, answer)).toThrow(/disagree at/);
    expect(() => judge({ ...answer, console: [] }, answer)).toThrow(/disagree at/);
    expect(() => judge({ error: { kind: "runtime", message: "cannot read `x` of undefined" } }, answer)).toThrow(/Weft fails/);
    expect(() => judge(answer, { thrown: "TypeError: x" })).toThrow(/V8 fails/);
    expect(() => judge({ thrown: "TypeError: internal" }, answer)).toThrow(/not a WeftError|other than a WeftError/);
  });
});
