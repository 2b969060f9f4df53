/** Sessions (the REPL's engine): names carry from one program to the next; each is checked before it runs. */
import { describe, it, expect } from "vitest";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Session, WeftError } from "../src/index.js";
import { sample, SAMPLE_NOW } from "./helpers/weft.js";

const now = Date.parse(SAMPLE_NOW);

describe("Session", () => {
  it("keeps the names earlier programs declared, with their types", () => {
    const s = new Session(sample, { now });
    s.evaluate("const best = runs[0]");
    expect(s.evaluate("runName(best)").value).toBe("daring-cherry-60");
    let n = s.evaluate("let n = 1; n").value;
    expect(n).toBe(1);
    n = s.evaluate("n += 41; n").value;
    expect(n).toBe(42);
    expect(s.names()).toEqual(expect.arrayContaining(["best", "n"]));
  });

  it("checks each program against what came before: a type error refuses it before it runs", () => {
    const s = new Session(sample, { now });
    s.evaluate("const a = artifacts[0]");
    const e = (() => {
      try {
        s.evaluate('console.log("ran"); runName(a)');
      } catch (x) {
        return x as WeftError;
      }
      throw new Error("expected a type error");
    })();
    expect(e.kind).toBe("type");
    expect(e.message).toBe("the argument `run` of `runName` is an Artifact, but a Run is required");
    expect(e.console ?? []).toEqual([]);
  });

  it("returns the checker's warnings with the result", () => {
    const s = new Session(sample, { now });
    const r = s.evaluate("runs.map(r => runConfig(r).learnig_rate).length");
    expect(r.value).toBe(60);
    expect(r.warnings.map((w) => w.message)).toEqual(["no run's config has the key `learnig_rate` (did you mean `learning_rate`?)"]);
  });

  it("keeps a session's writes to its own view, away from the workspace", () => {
    const s = new Session(sample, { now });
    s.evaluate("runConfig(runs[0]).learning_rate = 99");
    expect(s.evaluate("runConfig(runs[0]).learning_rate").value).toBe(99);
    expect(new Session(sample, { now }).evaluate("runConfig(runs[0]).learning_rate").value).not.toBe(99);
    expect(sample.runs[0]!.config.learning_rate).not.toBe(99);
  });

  it("leaves the session as it was after a syntax error", () => {
    const s = new Session(sample, { now });
    s.evaluate("const x = 1");
    expect(() => s.evaluate("const y = (")).toThrow(WeftError);
    expect(s.evaluate("x + 1").value).toBe(2);
  });
});

describe("weft repl", () => {
  // Spawns the built CLI (dist/), which mutation testing does not mutate (vitest.mutation.config.ts).
  it.skipIf(process.env.WEFT_MUTATION === "1")("evaluates lines, keeps names, shows errors with a caret, and lists the ops", () => {
    const bin = fileURLToPath(new URL("../dist/src/cli/bin.js", import.meta.url));
    const input = ["const n = runs.length", "n * 2", "runNme(runs[0])", ".ops", ".exit", ""].join("\n");
    const r = spawnSync(process.execPath, [bin, "repl", "--now", SAMPLE_NOW], { input, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Weft — acme-ml/vision: 60 runs");
    expect(r.stdout).toContain("120");
    expect(r.stdout).toContain("type error: unknown name `runNme` (did you mean `runName`?)");
    expect(r.stdout).toContain("runSummary(run: Run): SummaryDict");
  });
});

describe("compile's cache", () => {
  it("gives the same compiled program for the same source, and separate ones per workspace", async () => {
    const { compile } = await import("../src/index.js");
    const src = "runs.length + 0.125";
    expect(compile(src)).toBe(compile(src));
    expect(compile(src, { workspace: sample })).toBe(compile(src, { workspace: sample }));
    expect(compile(src, { workspace: sample })).not.toBe(compile(src));
    expect(compile(src, { limits: { maxNesting: 50 } })).not.toBe(compile(src));
    expect(compile(src).run(sample).value).toBe(60.125);
  });
});
