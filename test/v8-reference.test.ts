/**
 * Tests of the V8 reference harness (test/helpers/v8-reference.ts), of the canonical encoding
 * (test/helpers/canonical.ts) and of the reference-examples corpus (test/reference-examples.ts).
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { Artifact, ArtifactVersion, Project, Run, User, freezeJson, type Dict } from "../src/workspace/entities.js";
import { canonical } from "./helpers/canonical.js";
import { formatConsoleArg, runInV8, stripTypes } from "./helpers/v8-reference.js";
import { referenceExamples } from "./reference-examples.js";

const NOW = "2026-10-15T12:00:00.000Z";
const NOW_MS = Date.parse(NOW);

/** A small workspace (SPEC §3) exercising every op and every "may be absent". */
function fixture() {
  return {
    entity: "acme-ml",
    project: "vision",
    users: [
      { username: "john_doe", name: "John Doe" },
      { username: "jane", name: "Jane Roe" },
    ],
    artifacts: [
      {
        name: "model",
        type: "model",
        // Deliberately not in version order.
        versions: [
          { version: 2, aliases: ["latest", "best"], digest: "sha256:m2", size: 3000, createdAt: "2026-10-03T00:00:00.000Z" },
          { version: 0, digest: "sha256:m0", size: 1000, createdAt: "2026-10-01T00:00:00.000Z" },
          { version: 1, aliases: [], digest: "sha256:m1", size: 2000, createdAt: "2026-10-02T00:00:00.000Z" },
          { version: 3, aliases: ["production"], digest: "sha256:m3", size: 2_000_000_000, createdAt: "2026-10-04T00:00:00.000Z" },
        ],
      },
      {
        name: "training-data",
        type: "dataset",
        versions: [
          { version: 0, aliases: [], digest: "sha256:d0", size: 10, createdAt: "2026-09-01T00:00:00.000Z" },
          { version: 1, aliases: ["latest"], digest: "sha256:d1", size: 20, createdAt: "2026-09-02T00:00:00.000Z" },
        ],
      },
    ],
    runs: [
      {
        id: "a1b2c3d4",
        name: "zesty-sun-1",
        user: "john_doe",
        jobType: "train",
        state: "finished",
        createdAt: "2026-10-14T10:00:00.000Z",
        heartbeatAt: "2026-10-14T11:30:00.500Z",
        config: { learning_rate: 0.001, batch_size: 32, optimizer: "adam" },
        summary: { accuracy: 0.96, val_loss: 0.05, best_val_loss: 0.04, training_time_seconds: 5400 },
        history: [
          { _step: 2, loss: 0.3 },
          { _step: 0, loss: 0.9, tag: "first" },
          { _step: 1, loss: 0.5 },
          { _step: 0, loss: 0.8, tag: "second" },
        ],
        loggedArtifacts: ["model:v1", "model:v2"],
        usedArtifacts: ["training-data:v0"],
      },
      {
        id: "e5f6a7b8",
        user: "jane",
        state: "running",
        createdAt: "2026-10-15T11:00:00.000Z",
        heartbeatAt: "2026-10-15T11:58:00.000Z",
      },
      {
        id: "c9d0e1f2",
        name: "calm-eval-3",
        user: "john_doe",
        jobType: "eval",
        state: "finished",
        createdAt: "2026-10-01T00:00:00.000Z",
        heartbeatAt: "2026-10-01T00:00:10.000Z",
        config: { learning_rate: 0.1, batch_size: 64 },
        summary: { accuracy: 0.9, val_loss: 0.2 },
        loggedArtifacts: ["model:v3"],
        usedArtifacts: ["model:v2", "training-data:v1"],
      },
    ],
  };
}

const run = (source: string, file: unknown = fixture(), now: Date | string | number = NOW) => runInV8(source, file, { now });
const value = (source: string, file?: unknown) => run(source, file).value;
const texts = (source: string) => run(source).console.map((c) => c.text);
/** What V8 gives for plain JS in a bare context: the expectation for completion-value tests. */
const bareV8 = (js: string): unknown => vm.runInNewContext(js);

describe("annotation stripping keeps the completion value", () => {
  it("strips annotations and leaves a plain script", () => {
    const js = stripTypes("const x: number = 1;\nx + 1");
    expect(js).not.toMatch(/use strict/);
    expect(js).not.toMatch(/export/);
    expect(js).not.toMatch(/exports/);
    expect(js).not.toMatch(/require/);
    expect(js).toBe("const x = 1;\nx + 1;\n");
    expect(value("const x: number = 1; x + 1")).toBe(2);
  });

  it("keeps comments and strips the reference's annotation forms", () => {
    expect(stripTypes("// c\nconst f = (run: Run): string => runName(run);\nf(runs[0])")).toBe(
      "// c\nconst f = (run) => runName(run);\nf(runs[0]);\n",
    );
    expect(value("const f = (run: Run): string => runName(run);\nf(runs[0])")).toBe("zesty-sun-1");
    expect(value("const n = runs.length as number; n!")).toBe(3);
    expect(value("5; type T = number; interface I { a: number }")).toBe(5);
    expect(value("const xs: string[] = []; xs.push('a'); xs")).toEqual(["a"]);
  });

  it("a program ending in a declaration has the value of its last expression statement, as in V8", () => {
    expect(value("const x = 1;")).toBeUndefined();
    expect(value("let x: number = 1;")).toBeUndefined();
    // V8: a declaration does not change the completion value.
    expect(value("1; const y: number = 2;")).toBe(1);
    expect(bareV8("1; const y = 2;")).toBe(1);
    expect(value("const f = (run: Run) => 1;")).toBeUndefined();
  });

  it("follows V8's completion rules for if, for and blocks", () => {
    const cases = [
      "const x = 1; if (x) { 5 } else { 6 }",
      "const x = 0; if (x) { 5 } else { 6 }",
      "1; if (false) { 2 }",
      "1; if (true) { }",
      "1; if (true) { 2; const z = 3; }",
      "let s = 0; for (const x of [1, 2, 3]) { s += x }",
      "let s = 0; for (const x of []) { s += x }",
      "7; for (const x of [1, 2]) { if (x > 5) { 3 } }",
      "{ 4 }",
      "'a'; { }",
    ];
    for (const js of cases) expect({ js, value: value(js) }).toEqual({ js, value: bareV8(js) });
  });

  it("throws a SyntaxError for what TypeScript's parser rejects, instead of running a repaired program", () => {
    expect(() => run("runs.filter(")).toThrow(SyntaxError);
    expect(() => run("const = 1")).toThrow(SyntaxError);
  });

  it("lets a program shadow a root, an op or a builtin with const", () => {
    expect(value("const artifacts = project.artifacts().map(a => a.name); artifacts")).toEqual(["model", "training-data"]);
    expect(value("const runs = 3; runs")).toBe(3);
    expect(value("const runName = (r: Run) => 'x'; runName(1)")).toBe("x");
    expect(value("const Date = 5; Date")).toBe(5);
  });

  it("propagates the program's exceptions", () => {
    expect(() => run("undefinedName + 1")).toThrow(/undefinedName/);
    expect(() => run("const x = runLoggedArtifactVersion(runs[0], 'nope'); x.version")).toThrow(/version/);
    expect(() => run("runName({ id: 'x' })")).toThrow(/not a Run/);
  });
});

describe("the clock", () => {
  it("new Date() and Date.now() read now", () => {
    expect(value("new Date().getTime()")).toBe(NOW_MS);
    expect(value("Date.now()")).toBe(NOW_MS);
    expect(value("new Date().toISOString()")).toBe(NOW);
    expect(value("new Date(Date.now() - 1000).toISOString()")).toBe("2026-10-15T11:59:59.000Z");
  });

  it("accepts the clock as a Date, a string or a number", () => {
    for (const now of [new Date(NOW), NOW, NOW_MS]) expect(run("Date.now()", fixture(), now).value).toBe(NOW_MS);
    expect(() => run("1", fixture(), "not a time")).toThrow(RangeError);
  });

  it("leaves every other use of Date as V8's", () => {
    expect(value("new Date(0).getTime()")).toBe(0);
    expect(value("new Date('2020-02-03T04:05:06Z').toISOString()")).toBe("2020-02-03T04:05:06.000Z");
    expect(value("new Date(2020, 0, 31).toISOString()")).toBe("2020-01-31T00:00:00.000Z");
    expect(value("Date.UTC(2020, 0, 1)")).toBe(Date.UTC(2020, 0, 1));
    expect(value("Date.parse('2020-01-01T00:00:00Z')")).toBe(Date.UTC(2020, 0, 1));
    expect(value("isNaN(new Date(undefined).getTime())")).toBe(true);
    expect(value("isNaN(new Date('nope').getTime())")).toBe(true);
    expect(value("new Date() instanceof Date")).toBe(true);
    expect(value("new Date(5) instanceof Date")).toBe(true);
    expect(value("runCreatedAt(runs[0]) instanceof Date")).toBe(true);
    expect(value("Object.getPrototypeOf(new Date()) === Object.getPrototypeOf(runCreatedAt(runs[0]))")).toBe(true);
    expect(value("class D extends Date {}; const d = new D(); [d.getTime(), d instanceof Date, new D(7).getTime()]")).toEqual([NOW_MS, true, 7]);
    expect(value("typeof Date()")).toBe("string");
    expect(value("Date()")).toBe(new Date(NOW).toString());
  });

  it("answers local-time methods in UTC", () => {
    expect(value("new Date().getHours()")).toBe(12);
    expect(value("new Date().getTimezoneOffset()")).toBe(0);
    expect(value("new Date().toDateString()")).toBe("Thu Oct 15 2026");
    expect(value("`${new Date(0)}`")).toBe("Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)");
    expect(value("const d = new Date(); d.setDate(d.getDate() - 7); d.toISOString()")).toBe("2026-10-08T12:00:00.000Z");
  });

  it("gives the roots' Dates from the file, unaffected by the clock", () => {
    expect(value("runCreatedAt(runs[0]).toISOString()")).toBe("2026-10-14T10:00:00.000Z");
  });
});

describe("console formatting", () => {
  it("captures levels in order", () => {
    expect(run("console.log('a'); console.warn('b'); console.error('c'); console.log('d'); 1").console).toEqual([
      { level: "log", text: "a" },
      { level: "warn", text: "b" },
      { level: "error", text: "c" },
      { level: "log", text: "d" },
    ]);
  });

  it("formats each argument as SPEC §4 says and joins with one space", () => {
    expect(texts("console.log('plain string', 'with \"quotes\"')")).toEqual(['plain string with "quotes"']);
    expect(texts("console.log(1, 2.5, -0, 1e21, true, null)")).toEqual(["1 2.5 0 1e+21 true null"]);
    expect(texts("console.log(NaN, Infinity, -Infinity)")).toEqual(["null null null"]);
    expect(texts("console.log(undefined)")).toEqual(["undefined"]);
    expect(texts("console.log()")).toEqual([""]);
    expect(texts("console.log(new Date(0))")).toEqual(["1970-01-01T00:00:00.000Z"]);
    expect(texts("console.log(new Date('nope'))")).toEqual(["Invalid Date"]);
    expect(texts("console.log({ b: 1, a: [1, 'x', undefined, NaN], d: new Date(0), u: undefined, f: () => 1 })")).toEqual([
      '{"b":1,"a":[1,"x",null,null],"d":"1970-01-01T00:00:00.000Z"}',
    ]);
    expect(texts("console.log(['a'], [])")).toEqual(['["a"] []']);
    expect(texts("console.log(x => x, runName)")).toEqual(["undefined undefined"]);
    expect(texts("console.log('n:', 3, 'd:', new Date(0))")).toEqual(["n: 3 d: 1970-01-01T00:00:00.000Z"]);
    // Template literals are V8's: a Date interpolates as its toString, in UTC.
    expect(texts("console.log(`at ${new Date(0)}`)")).toEqual(["at Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)"]);
  });

  it("prints entities as their JSON form", () => {
    const file = fixture();
    expect(texts("console.log(runs[1])")).toEqual([JSON.stringify(file.runs[1])]);
    expect(texts("console.log(runUser(runs[0]))")).toEqual(['{"username":"john_doe","name":"John Doe"}']);
    expect(texts("console.log(artifactVersions(artifacts[0])[0])")).toEqual([
      '{"name":"model","type":"model","version":0,"aliases":[],"alias":"v0","digest":"sha256:m0","size":1000,"createdAt":"2026-10-01T00:00:00.000Z"}',
    ]);
    expect(texts("console.log(project)")).toEqual(['{"name":"vision","entity":"acme-ml"}']);
  });

  it("formatConsoleArg works on values of any realm", () => {
    expect(formatConsoleArg(vm.runInNewContext("new Date(0)"))).toBe("1970-01-01T00:00:00.000Z");
    expect(formatConsoleArg(vm.runInNewContext("({ a: [1] })"))).toBe('{"a":[1]}');
    expect(formatConsoleArg(Symbol("s"))).toBe("undefined");
  });
});

describe("op semantics on the inline fixture", () => {
  it("binds the roots and the project", () => {
    const file = fixture();
    expect(value("runs")).toEqual(file.runs);
    expect(value("artifacts")).toEqual(file.artifacts);
    expect(value("[project.name, project.entity, Object.keys(project)]")).toEqual(["vision", "acme-ml", ["name", "entity", "runs", "artifacts"]]);
    expect(value("project.runs() === runs && project.artifacts() === artifacts")).toBe(true);
    expect(value("Array.isArray(runs) && runs instanceof Array && artifacts instanceof Array")).toBe(true);
    // A run value keeps the file's key order.
    expect(value("Object.keys(runs[0])")).toEqual(Object.keys(file.runs[0]!));
  });

  it("runConfig and runSummary give the record's objects, one {} per run where absent", () => {
    expect(value("runConfig(runs[0])")).toEqual({ learning_rate: 0.001, batch_size: 32, optimizer: "adam" });
    expect(value("runConfig(runs[0]) === runs[0].config && runSummary(runs[0]) === runs[0].summary")).toBe(true);
    expect(value("runSummary(runs[0]).accuracy")).toBe(0.96);
    expect(value("[runConfig(runs[1]), runSummary(runs[1])]")).toEqual([{}, {}]);
    expect(value("runConfig(runs[1]) === runConfig(runs[1]) && runSummary(runs[1]) === runSummary(runs[1])")).toBe(true);
    expect(value("runConfig(runs[1]) !== runSummary(runs[1]) && runConfig(runs[1]) !== runConfig(runs[0])")).toBe(true);
  });

  it("runCreatedAt and runHeartbeatAt give one Date per run", () => {
    expect(value("[runCreatedAt(runs[0]).toISOString(), runHeartbeatAt(runs[0]).toISOString()]")).toEqual([
      "2026-10-14T10:00:00.000Z",
      "2026-10-14T11:30:00.500Z",
    ]);
    expect(value("runCreatedAt(runs[0]) === runCreatedAt(runs[0]) && runHeartbeatAt(runs[1]) === runHeartbeatAt(runs[1])")).toBe(true);
  });

  it("runJobType, runName, runRuntime, runUser", () => {
    expect(value("runs.map(r => runJobType(r))")).toEqual(["train", undefined, "eval"]);
    expect(value("runs.map(r => runName(r))")).toEqual(["zesty-sun-1", "e5f6a7b8", "calm-eval-3"]);
    expect(value("runs.map(r => runRuntime(r))")).toEqual([5400.5, 3480, 10]);
    expect(value("runs.map(r => runUser(r))")).toEqual([
      { username: "john_doe", name: "John Doe" },
      { username: "jane", name: "Jane Roe" },
      { username: "john_doe", name: "John Doe" },
    ]);
    expect(value("runUser(runs[0]) === runUser(runs[2]) && runUser(runs[0]) === runUser(runs[0])")).toBe(true);
    expect(value("Object.keys(runUser(runs[0]))")).toEqual(["username", "name"]);
  });

  it("runHistory: a new array each call, stably sorted by _step, of the record's rows", () => {
    expect(value("runHistory(runs[0])")).toEqual([
      { _step: 0, loss: 0.9, tag: "first" },
      { _step: 0, loss: 0.8, tag: "second" },
      { _step: 1, loss: 0.5 },
      { _step: 2, loss: 0.3 },
    ]);
    expect(value("runHistory(runs[0]) !== runHistory(runs[0])")).toBe(true);
    expect(value("runHistory(runs[0])[0] === runs[0].history[1]")).toBe(true);
    expect(value("runHistory(runs[1])")).toEqual([]);
    expect(value("runs[0].history.map(r => r._step)")).toEqual([2, 0, 1, 0]);
  });

  it("artifactName, artifactLink", () => {
    expect(value("artifacts.map(a => artifactName(a))")).toEqual(["model", "training-data"]);
    expect(value("artifacts.map(a => artifactLink(a))")).toEqual([
      "https://wandb.ai/acme-ml/vision/artifacts/model/model",
      "https://wandb.ai/acme-ml/vision/artifacts/dataset/training-data",
    ]);
  });

  it("artifactVersions: ArtifactVersion objects ascending by number, a new array each call", () => {
    expect(value("artifactVersions(artifacts[0]).map(v => v.version)")).toEqual([0, 1, 2, 3]);
    expect(value("artifactVersions(artifacts[0])[0]")).toEqual({
      name: "model",
      type: "model",
      version: 0,
      aliases: [],
      alias: "v0",
      digest: "sha256:m0",
      size: 1000,
      createdAt: new Date("2026-10-01T00:00:00.000Z"),
    });
    expect(value("Object.keys(artifactVersions(artifacts[0])[2])")).toEqual(["name", "type", "version", "aliases", "alias", "digest", "size", "createdAt"]);
    expect(value("artifactVersions(artifacts[0]) !== artifactVersions(artifacts[0])")).toBe(true);
    expect(value("artifactVersions(artifacts[0])[1] === artifactVersions(artifacts[0])[1]")).toBe(true);
    expect(value("artifactVersions(artifacts[0]).map(v => v.alias)")).toEqual(["v0", "v1", "latest", "production"]);
    // The artifact value is its record: raw versions in file order.
    expect(value("artifacts[0].versions.map(v => v.version)")).toEqual([2, 0, 1, 3]);
  });

  it("artifactVersionAlias, CreatedAt, Digest, Number, Size read the version's fields", () => {
    expect(
      value(`artifactVersions(artifacts[0]).map(v => [artifactVersionAlias(v), artifactVersionCreatedAt(v).toISOString(),
        artifactVersionDigest(v), artifactVersionNumber(v), artifactVersionSize(v)])`),
    ).toEqual([
      ["v0", "2026-10-01T00:00:00.000Z", "sha256:m0", 0, 1000],
      ["v1", "2026-10-02T00:00:00.000Z", "sha256:m1", 1, 2000],
      ["latest", "2026-10-03T00:00:00.000Z", "sha256:m2", 2, 3000],
      ["production", "2026-10-04T00:00:00.000Z", "sha256:m3", 3, 2_000_000_000],
    ]);
    expect(value("const v = artifactVersions(artifacts[0])[2]; artifactVersionCreatedAt(v) === v.createdAt && artifactVersionCreatedAt(v) === artifactVersionCreatedAt(v)")).toBe(true);
    expect(value("const v = artifactVersions(artifacts[0])[2]; v.aliases")).toEqual(["latest", "best"]);
  });

  it("runLoggedArtifactVersions and runUsedArtifactVersions: file order, shared identities, new arrays", () => {
    expect(value("runLoggedArtifactVersions(runs[0]).map(v => v.name + ':' + v.version)")).toEqual(["model:1", "model:2"]);
    expect(value("runUsedArtifactVersions(runs[2]).map(v => v.name + ':' + v.version)")).toEqual(["model:2", "training-data:1"]);
    expect(value("[runLoggedArtifactVersions(runs[1]), runUsedArtifactVersions(runs[1])]")).toEqual([[], []]);
    expect(value("runLoggedArtifactVersions(runs[0]) !== runLoggedArtifactVersions(runs[0])")).toBe(true);
    expect(value("runUsedArtifactVersions(runs[0]) !== runUsedArtifactVersions(runs[0])")).toBe(true);
    expect(value("runLoggedArtifactVersions(runs[0])[1] === artifactVersions(artifacts[0])[2]")).toBe(true);
    expect(value("runUsedArtifactVersions(runs[2])[0] === runLoggedArtifactVersions(runs[0])[1]")).toBe(true);
  });

  it("runLoggedArtifactVersion resolves name:alias, name:v<n>, a bare name (latest), and misses with undefined", () => {
    const v = (spec: string, r = 0) => value(`const x = runLoggedArtifactVersion(runs[${r}], ${JSON.stringify(spec)}); x === undefined ? "none" : x.version`);
    expect(v("model:latest")).toBe(2);
    expect(v("model:best")).toBe(2);
    expect(v("model:v2")).toBe(2);
    expect(v("model:v1")).toBe(1);
    expect(v("model")).toBe(2);
    expect(v("model:nope")).toBe("none");
    expect(v("model:v0")).toBe("none"); // version 0 exists but this run did not log it
    expect(v("model:production")).toBe("none");
    expect(v("model:production", 2)).toBe(3);
    expect(v("evaluation:latest")).toBe("none");
    expect(v("training-data:v0")).toBe("none"); // used, not logged
    expect(value("runLoggedArtifactVersion(runs[0], 'model:nope')")).toBeUndefined();
    expect(value("runLoggedArtifactVersion(runs[0], 'model:latest') === runLoggedArtifactVersions(runs[0])[1]")).toBe(true);
  });
});

describe("isolation", () => {
  it("a program's writes and sorts do not reach the next evaluation or the caller's file", () => {
    const file = fixture();
    const snapshot = structuredClone(file);
    const first = runInV8(
      `runs.sort((a, b) => runRuntime(a) - runRuntime(b));
       runConfig(runs[0]).learning_rate = 99;
       runs[1].name = "renamed";
       runSummary(runs[2]).accuracy = 0;
       artifacts.reverse();
       artifactVersions(artifacts[0])[0].aliases.push("x");
       runHistory(runs[0]).reverse();
       runs.map(r => runName(r))`,
      file,
      { now: NOW },
    );
    expect(first.value).toEqual(["calm-eval-3", "e5f6a7b8", "zesty-sun-1"]);
    expect(file).toEqual(snapshot);
    expect(runInV8("runs.map(r => [runName(r), runConfig(r).learning_rate, runSummary(r).accuracy, r.name])", file, { now: NOW }).value).toEqual([
      ["zesty-sun-1", 0.001, 0.96, "zesty-sun-1"],
      ["e5f6a7b8", undefined, undefined, undefined],
      ["calm-eval-3", 0.1, 0.9, "calm-eval-3"],
    ]);
    expect(runInV8("[artifactName(artifacts[0]), artifactVersions(artifacts[1])[0].aliases]", file, { now: NOW }).value).toEqual(["model", []]);
  });

  it("a program's globals do not leak into the next evaluation", () => {
    run("globalThis.leak = 1; var v = 2; Math.leak = 3; Array.prototype.leak = 4;");
    expect(value("[typeof leak, typeof v, typeof Math.leak, typeof [].leak]")).toEqual(["undefined", "undefined", "undefined", "undefined"]);
  });

  it("within one program, config writes are visible through the op and the run (same object)", () => {
    expect(value("runConfig(runs[0]).learning_rate = 5; runs[0].config.learning_rate")).toBe(5);
  });
});

describe("canonical", () => {
  it("encodes what toEqual would blur", () => {
    expect(canonical(undefined)).toEqual({ $undefined: true });
    expect(canonical(NaN)).toEqual({ $number: "NaN" });
    expect(canonical(Infinity)).toEqual({ $number: "Infinity" });
    expect(canonical(-Infinity)).toEqual({ $number: "-Infinity" });
    expect(canonical(-0)).toEqual({ $number: "-0" });
    expect(canonical(0)).toBe(0);
    expect(canonical(new Date(0))).toEqual({ $date: "1970-01-01T00:00:00.000Z" });
    expect(canonical(new Date(NaN))).toEqual({ $date: "Invalid Date" });
    expect(canonical(() => 1)).toEqual({ $function: true });
    // eslint-disable-next-line no-sparse-arrays
    expect(canonical([1, , 3])).toEqual([1, { $hole: true }, 3]);
    expect(canonical([1, undefined])).toEqual([1, { $undefined: true }]);
    expect(canonical({ a: 1, b: undefined })).toEqual({ $object: [["a", 1], ["b", { $undefined: true }]] });
    expect(canonical(null)).toBeNull();
    expect(canonical("s")).toBe("s");
  });

  it("compares key order, keeps objects apart from arrays of pairs, drops function-valued properties", () => {
    expect(canonical({ a: 1, b: 2 })).not.toEqual(canonical({ b: 2, a: 1 }));
    expect(canonical({ a: 1 })).not.toEqual(canonical([["a", 1]]));
    expect(canonical({ a: 1, f: () => 1 })).toEqual(canonical({ a: 1 }));
    expect(canonical([1])).not.toEqual(canonical([1, undefined]));
    expect(canonical({})).not.toEqual(canonical({ a: undefined }));
  });

  it("is realm-independent", () => {
    const other = vm.runInNewContext("[{ a: new Date(0), b: [1, , NaN], c: Object.create(null) }, -0, undefined, () => 1]");
    // eslint-disable-next-line no-sparse-arrays
    expect(canonical(other)).toEqual(canonical([{ a: new Date(0), b: [1, , NaN], c: {} }, -0, undefined, () => 1]));
  });

  it("distinguishes what V8 distinguishes in program values", () => {
    expect(canonical(value("[0 / 0, 1 / 0, -1 / 0, -0, undefined, new Date(1)]"))).toEqual([
      { $number: "NaN" },
      { $number: "Infinity" },
      { $number: "-Infinity" },
      { $number: "-0" },
      { $undefined: true },
      { $date: "1970-01-01T00:00:00.001Z" },
    ]);
    expect(canonical(value("({ b: 1, a: 2 })"))).toEqual(canonical({ b: 1, a: 2 }));
  });

  it("encodes Weft's entities exactly as the reference's values for the same entities", () => {
    const file = fixture();
    const weftProject = new Project(file.project, file.entity);
    const users = new Map(file.users.map((u) => [u.username, new User(u.username, u.name)]));
    const versionsByRef = new Map<string, ArtifactVersion>();
    const weftArtifacts = file.artifacts.map((a) => {
      const versions = a.versions
        .map((r) => {
          const v = new ArtifactVersion(a.name, a.type, r.version, r.aliases ?? [], r.digest, r.size, new Date(r.createdAt));
          versionsByRef.set(`${a.name}:v${r.version}`, v);
          return v;
        })
        .sort((x, y) => x.version - y.version);
      return new Artifact(a.name, a.type, weftProject, versions, freezeJson(a) as Dict);
    });
    const weftRuns = file.runs.map((r) => {
      const rec = r as Record<string, unknown>;
      const refs = (key: string) => ((rec[key] as string[] | undefined) ?? []).map((s) => versionsByRef.get(s)!);
      return new Run({
        id: r.id,
        name: rec.name as string | undefined,
        user: users.get(r.user)!,
        jobType: rec.jobType as string | undefined,
        state: r.state,
        createdAt: new Date(r.createdAt),
        heartbeatAt: new Date(r.heartbeatAt),
        config: (freezeJson(rec.config ?? {}) as Dict),
        summary: (freezeJson(rec.summary ?? {}) as Dict),
        history: [],
        loggedArtifacts: refs("loggedArtifacts"),
        usedArtifacts: refs("usedArtifacts"),
        record: freezeJson(r) as Dict,
      });
    });

    const reference = value(`[
      runs, artifacts, artifacts.map(a => artifactVersions(a)), runs.map(r => runUser(r)), project,
      runs.map(r => runLoggedArtifactVersions(r)), runLoggedArtifactVersion(runs[0], "model")
    ]`);
    const weft = [
      weftRuns,
      weftArtifacts,
      weftArtifacts.map((a) => a.versions),
      weftRuns.map((r) => r.user),
      weftProject,
      weftRuns.map((r) => r.loggedArtifacts),
      weftArtifacts[0]!.versions[2],
    ];
    expect(canonical(weft)).toEqual(canonical(reference));
    // And the encoding is not vacuous.
    expect(canonical(weftProject)).toEqual({ $object: [["name", "vision"], ["entity", "acme-ml"]] });
    expect(canonical(weftRuns[1])).toEqual(canonical(file.runs[1]));
  });
});

describe("the reference examples corpus", () => {
  it("has every example of the reference, with backticks restored and nothing left garbled", () => {
    expect(referenceExamples.length).toBe(35);
    const ops = new Set(referenceExamples.map((e) => e.op));
    for (const op of [
      "runConfig", "runSummary", "runCreatedAt", "runHeartbeatAt", "runJobType", "runLoggedArtifactVersion",
      "runLoggedArtifactVersions", "runName", "runRuntime", "runUsedArtifactVersions", "runUser", "artifactLink",
      "artifactName", "artifactVersionAlias", "artifactVersionCreatedAt", "artifactVersionDigest", "artifactVersionNumber",
      "artifactVersionSize", "artifactVersions",
    ]) {
      expect(ops).toContain(op);
    }
    for (const e of referenceExamples) {
      expect(e.source).not.toMatch(/\\[`$]/);
      // Every `${` is inside a template literal: an odd number of backticks before it on its line.
      for (const line of e.source.split("\n")) {
        const at = line.indexOf("${");
        if (at >= 0) expect(line.slice(0, at).split("`").length % 2).toBe(0);
      }
      expect(e.source).not.toMatch(/\}\}\)/);
    }
    const markdown = referenceExamples.find((e) => e.title.startsWith("Markdown"))!;
    expect(markdown.source).toContain(".join('\\n')");
  });

  it("every example runs over the inline fixture", () => {
    for (const e of referenceExamples) {
      expect(() => runInV8(e.source, fixture(), { now: NOW }), `${e.op}: ${e.title}`).not.toThrow();
    }
    const byTitle = (t: string) => runInV8(referenceExamples.find((e) => e.title === t)!.source, fixture(), { now: NOW });
    expect(byTitle("Get Latest Model").console.map((c) => c.text)).toEqual([
      "Model version: v2",
      "Model size: 3000 bytes",
      "Created: Sat Oct 03 2026 00:00:00 GMT+0000 (Coordinated Universal Time)",
    ]);
    expect(byTitle("Verify Output Artifacts").console).toEqual([{ level: "warn", text: "Missing outputs: evaluation:latest" }]);
    expect(byTitle("Markdown List of Artifact Links").value).toBe(
      "- [model](https://wandb.ai/acme-ml/vision/artifacts/model/model)\n- [training-data](https://wandb.ai/acme-ml/vision/artifacts/dataset/training-data)",
    );
    expect(byTitle("Check if Run is Active").value).toEqual(["e5f6a7b8"]);
    expect(byTitle("Finding Best Performing Run").value).toBe("zesty-sun-1");
    expect(byTitle("Comparing Configurations").value).toEqual(["learning_rate", "batch_size", "optimizer"]);
  });

  const workspacePath = fileURLToPath(new URL("../examples/workspace.json", import.meta.url));
  /** The end of the sample's timeline (SAMPLE_NOW in examples/generate-workspace.mjs). */
  const SAMPLE_NOW = "2026-11-23T18:00:00.000Z";

  it.skipIf(!existsSync(workspacePath))("every example runs over the sample workspace (examples/workspace.json)", () => {
    const workspace: unknown = JSON.parse(readFileSync(workspacePath, "utf8"));
    const results = new Map<string, ReturnType<typeof runInV8>>();
    for (const e of referenceExamples) {
      const result = (() => {
        try {
          return runInV8(e.source, workspace, { now: SAMPLE_NOW });
        } catch (err) {
          throw new Error(`${e.op}: ${e.title} threw ${String(err)}`);
        }
      })();
      // The result encodes (no cycles, nothing unknown) and the program did something visible.
      expect(canonical(result.value)).toBeDefined();
      expect(result.value !== undefined || result.console.length > 0, `${e.op}: ${e.title}`).toBe(true);
      results.set(e.title, result);
    }
    // What the sample is made to show (runs[0] logged "model:latest" but no "evaluation", used an
    // outdated "training-data"; runs[1]'s config differs from runs[0]'s; artifacts[0] is "model").
    const model = results.get("Get Latest Model")!;
    expect((model.value as { aliases: string[] }).aliases).toContain("latest");
    expect(model.console.map((c) => c.text)[2]).toMatch(/^Created: \w{3} \w{3} \d\d \d{4} [\d:]{8} GMT\+0000 \(Coordinated Universal Time\)$/);
    expect(results.get("Verify Output Artifacts")!.console).toEqual([{ level: "warn", text: "Missing outputs: evaluation:latest" }]);
    expect(results.get("Verify Dataset Version")!.console).toEqual([{ level: "warn", text: "Using outdated dataset v2" }]);
    expect((results.get("Comparing Configurations")!.value as string[]).length).toBeGreaterThan(0);
    expect(results.get("Link to an Artifact")!.value).toBe("https://wandb.ai/acme-ml/vision/artifacts/model/model");
    expect(canonical(results.get("Find the Production Version")!.value)).not.toEqual({ $undefined: true });
  });
});
