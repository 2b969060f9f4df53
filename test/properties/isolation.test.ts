/**
 * Isolation as a property (SPEC §5): after any generated program runs, including ones that sort,
 * reverse, push, splice, assign into `runConfig(r)`, set Dates and aliases, the workspace is
 * deep-equal to a snapshot taken before (`snapshot` of weft/testing: every reachable own property,
 * class, frozenness and Date), its file is unchanged, and a second run gives the first's outcome.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isolation, stats } from "./properties.js";
import { fuzzScale, runProperty } from "./harness.js";
import { loadWorkspace, type Run } from "../../src/index.js";
import { snapshot, workspace } from "../../src/testing/index.js";

const TIMEOUT = fuzzScale() === undefined ? 120_000 : 7 * 86_400_000;

describe("property: an evaluation leaves the workspace as it was", () => {
  it("the workspace, its file and a second run are unchanged by any program", { timeout: TIMEOUT }, () => {
    runProperty(isolation);
    expect(stats.isolation.answered / stats.isolation.total).toBeGreaterThan(0.4);
  });

  it("the snapshot sees a change to a root array and to a workspace Date", () => {
    const [file] = fc.sample(workspace({ minRuns: 2, maxRuns: 3 }), { seed: 3, numRuns: 1 });
    const ws = loadWorkspace(file);
    const before = snapshot(ws);
    (ws.runs as Run[]).reverse();
    expect(snapshot(ws)).not.toEqual(before);
    (ws.runs as Run[]).reverse();
    expect(snapshot(ws)).toEqual(before);
    // A workspace Date's own setters refuse; Date.prototype's, called on it, still change it.
    const created = ws.runs[0]!.createdAt;
    const time = created.getTime();
    Date.prototype.setTime.call(created, 0);
    expect(snapshot(ws)).not.toEqual(before);
    Date.prototype.setTime.call(created, time);
    expect(snapshot(ws)).toEqual(before);
  });
});
