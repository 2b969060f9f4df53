/**
 * Determinism as a property: the same program over the same workspace at the same clock (`now`)
 * gives the same outcome twice, after a fresh compile over a freshly loaded workspace, and with the
 * clock written as a number, a Date or an ISO string.
 */
import { describe, expect, it } from "vitest";
import { determinism, stats } from "./properties.js";
import { fuzzScale, runProperty } from "./harness.js";

const TIMEOUT = fuzzScale() === undefined ? 120_000 : 7 * 86_400_000;

describe("property: evaluation is deterministic", () => {
  it("same program, workspace and clock: same outcome", { timeout: TIMEOUT }, () => {
    runProperty(determinism);
    expect(stats.determinism.answered / stats.determinism.total).toBeGreaterThan(0.4);
  });
});
