/**
 * Isolation decided per evaluation, not per program's syntax: a program first runs over the
 * workspace's own frozen data; the moment it is about to write into that data, the evaluation
 * starts again isolating (its own copy-on-first-touch view), and so does every later run of the
 * program. These tests pin what that must and must not change: answers and console output are
 * as if the program had run isolating from the start, the workspace is untouched, and a program
 * that writes only into what it made itself is never isolated (its answers hold the workspace's
 * own frozen data).
 */
import { describe, expect, it } from "vitest";
import { compile, loadWorkspace } from "../src/index.js";
import { sample, sampleFile, SAMPLE_NOW, weft } from "./helpers/weft.js";
import { runInV8 } from "./helpers/v8-reference.js";
import { canonical } from "./helpers/canonical.js";

const firstConfig = () => weft("runConfig(runs[0])").value as Record<string, unknown>;

describe("a program that writes into workspace data starts again isolating", () => {
  it("its console output is that of one evaluation: nothing of the abandoned start is kept", () => {
    const src = `console.log("before"); const c = runConfig(runs[0]); c.learning_rate = 1; console.log("after", c.learning_rate); c.learning_rate`;
    const { value, console: out } = weft(src);
    expect(value).toBe(1);
    expect(out.map((e) => e.text)).toEqual(["before", "after 1"]);
    const v8 = runInV8(src, sampleFile, { now: SAMPLE_NOW });
    expect(canonical(value)).toEqual(canonical(v8.value));
    expect(out.map((e) => e.text)).toEqual(v8.console.map((e) => e.text));
  });

  it("writes late in the evaluation, after reading and keeping workspace values, and still sees its own copies everywhere", () => {
    const src = `
      const keep = runs.map(r => runConfig(r))
      const total = keep.length
      keep[0].optimizer = "changed";
      [runConfig(runs[0]).optimizer, keep[0] === runConfig(runs[0]), total]`;
    const { value } = weft(src);
    expect(value).toEqual(["changed", true, 60]);
    expect(firstConfig().optimizer).not.toBe("changed");
  });

  it("every mutating path triggers it: a member, an index, a mutating method, a Date setter", () => {
    for (const src of [
      `const c = runConfig(runs[0]); c["batch_size"] = -1; runConfig(runs[0]).batch_size`,
      `const h = runHistory(runs[0]); h[0].loss = -1; runHistory(runs[0])[0].loss`,
      `const v = artifactVersions(artifacts[0])[0]; v.aliases.push("mine"); artifactVersions(artifacts[0])[0].aliases.includes("mine")`,
      `runCreatedAt(runs[0]).setTime(0); runCreatedAt(runs[0]).getTime()`,
    ]) {
      const program = compile(src);
      const first = program.run(sample, { now: SAMPLE_NOW }).value;
      const second = program.run(sample, { now: SAMPLE_NOW }).value;
      expect(canonical(first), src).toEqual(canonical(runInV8(src, sampleFile, { now: SAMPLE_NOW }).value));
      expect(second, src).toEqual(first);
    }
    // …and none of it reached the workspace.
    const fresh = loadWorkspace(sampleFile);
    const reader = `[runConfig(runs[0]).batch_size, runHistory(runs[0])[0].loss, artifactVersions(artifacts[0])[0].aliases, runCreatedAt(runs[0]).getTime()]`;
    expect(weft(reader).value).toEqual(weft(reader, fresh).value);
  });

  it("the first run's limits do not add up with the second's: a program near the step limit still finishes", () => {
    const src = `let n = 0; for (const r of runs) for (const s of runs) n++; runConfig(runs[0]).x = n; runConfig(runs[0]).x`;
    // 3,600 inner steps and change, well over half the limit set here: two attempts counted together would exceed it.
    const { value } = compile(src).run(sample, { now: SAMPLE_NOW, limits: { maxSteps: 6_000 } });
    expect(value).toBe(3600);
  });
});

describe("a program that writes only into what it made is not isolated", () => {
  it("sorting, pushing and assigning into its own arrays and objects leaves workspace values handed out as they are (frozen)", () => {
    for (const src of [
      `const xs = runs.filter(r => true); xs.sort((a, b) => runName(a) < runName(b) ? -1 : 1); runConfig(xs[0])`,
      `const groups = {}; groups["a"] = []; groups["a"].push(runs[0]); runConfig(groups["a"][0])`,
      `const o = { c: runConfig(runs[0]), d: 0 }; o.d = 1; o.c`,
    ]) {
      const value = weft(src).value;
      expect(Object.isFrozen(value), src).toBe(true);
    }
  });

  it("the root arrays are the evaluation's own even so: sorting `runs` does not reorder the next evaluation's", () => {
    const before = weft("runs.map(r => r.id)").value;
    const sorted = weft(`runs.sort((a, b) => a.id < b.id ? 1 : -1); runs.map(r => r.id)`).value as string[];
    expect(sorted).toEqual([...(before as string[])].sort().reverse());
    expect(weft("runs.map(r => r.id)").value).toEqual(before);
  });
});
