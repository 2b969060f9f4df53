// An embedder's property test, as docs/testing.md shows it (docs-example.test.ts keeps the two the same).
import fc from "fast-check";
import { expect, test } from "vitest";
import { compile, loadWorkspace, toJsonValue, WeftError } from "weft";
import { program, PROGRAM_TYPES, snapshot, workspace } from "weft/testing";

/** Our dashboard's cell: what a panel shows for its expression's answer, or for its error. */
function cell(source: string, ws: ReturnType<typeof loadWorkspace>): string {
  try {
    const { value } = compile(source).run(ws, { now: "2026-11-23T18:00:00Z", limits: { timeoutMs: 1000 } });
    const json = toJsonValue(value);
    return typeof json === "string" ? json : JSON.stringify(json);
  } catch (e) {
    if (e instanceof WeftError) return `⚠ ${e.kind} error: ${e.message}`;
    throw e; // a bug in our code or in Weft: the property fails and fast-check shrinks it
  }
}

test("every panel renders as a cell, and leaves the workspace as it was for the next panel", () => {
  fc.assert(
    fc.property(workspace({ minRuns: 3, minArtifacts: 2, minVersions: 2 }), program({ type: PROGRAM_TYPES }), (file, source) => {
      const ws = loadWorkspace(file);
      const before = snapshot(ws);
      expect(typeof cell(source, ws)).toBe("string");
      expect(snapshot(ws)).toEqual(before);
    }),
    { seed: 1, numRuns: 50 },
  );
});
