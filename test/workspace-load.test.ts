/**
 * Loading a workspace file (SPEC §3): validation with messages that name the path inside the
 * file, and hydration into the entity classes (src/workspace/load.ts, src/workspace/schema.ts).
 */
import { DICTIONARY_PROTOTYPE } from "../src/workspace/entities.js";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { WeftError } from "../src/errors.js";
import { Artifact, ArtifactVersion, Project, Run, User, Workspace } from "../src/workspace/entities.js";
import { formatPath, loadWorkspace, MAX_REPORTED_PROBLEMS } from "../src/workspace/load.js";
import { workspaceFileSchema } from "../src/workspace/schema.js";
import { DATE_TIME, quicklyValid } from "../src/workspace/quick-check.js";
import { z } from "zod";
import fc from "fast-check";
import { workspace } from "../src/testing/workspace.js";

// The fixture is written the way a workspace file is: plain JSON-shaped data.
type Json = any;

/** A small valid workspace that uses every field, and leaves out every optional one somewhere. */
function fixture(): Json {
  return {
    entity: "acme-ml",
    project: "vision",
    users: [
      { username: "john_doe", name: "John Doe" },
      { username: "jane_doe", name: "Jane Doe" },
    ],
    artifacts: [
      {
        name: "model",
        type: "model",
        // Deliberately not in version order.
        versions: [
          { version: 2, aliases: ["latest", "best"], digest: "sha256:m2", size: 3000, createdAt: "2026-10-03T00:00:00.000Z" },
          { version: 0, digest: "sha256:m0", size: 1000, createdAt: "2026-10-01T00:00:00Z" },
          { version: 1, aliases: [], digest: "sha256:m1", size: 2000, createdAt: "2026-10-02T02:00:00+02:00" },
        ],
      },
      {
        name: "training-data",
        type: "dataset",
        versions: [{ version: 0, aliases: ["v0-final"], digest: "sha256:d0", size: 0, createdAt: "2026-09-30T00:00:00.000Z" }],
      },
    ],
    runs: [
      {
        id: "a1b2c3d4",
        name: "zesty-sun-1",
        user: "john_doe",
        jobType: "train",
        state: "finished",
        createdAt: "2026-10-01T00:00:00.000Z",
        heartbeatAt: "2026-10-01T01:30:00.000Z",
        config: { lr: 0.001, layers: [64, 32], optimizer: { name: "adam", betas: [0.9, 0.999] }, note: null },
        summary: { accuracy: 0.97, "val/loss": 0.12, done: true },
        history: [
          { _step: 2, loss: 0.2 },
          { _step: 0, loss: 0.9 },
          { _step: 1, loss: 0.5, tag: "first" },
          { _step: 1, loss: 0.4, tag: "second" },
        ],
        loggedArtifacts: ["model:v2", "model:v0"],
        usedArtifacts: ["training-data:v0"],
      },
      {
        // Key order differs from the schema's, and every optional key is absent.
        state: "running",
        id: "e5f6g7h8",
        heartbeatAt: "2026-10-02T00:00:10Z",
        createdAt: "2026-10-02T00:00:00Z",
        user: "jane_doe",
      },
    ],
  };
}

function loadError(data: unknown): WeftError {
  try {
    loadWorkspace(data);
  } catch (e) {
    expect(e).toBeInstanceOf(WeftError);
    const error = e as WeftError;
    expect(error.kind).toBe("data");
    expect(error.line).toBeUndefined();
    return error;
  }
  throw new Error("expected the workspace to be refused");
}

function modified(change: (ws: Json) => void): Json {
  const ws = fixture();
  change(ws);
  return ws;
}

function isDeepFrozenDict(v: unknown): boolean {
  if (v === null || typeof v !== "object") return true;
  if (!Object.isFrozen(v)) return false;
  if (Array.isArray(v)) return v.every(isDeepFrozenDict);
  return Object.getPrototypeOf(v) === DICTIONARY_PROTOTYPE && Object.values(v).every(isDeepFrozenDict);
}

describe("loadWorkspace: hydration", () => {
  const ws = loadWorkspace(fixture());
  const model = ws.artifacts[0]!;
  const data = ws.artifacts[1]!;
  const [full, bare] = ws.runs as [Run, Run];

  it("builds the workspace, the project and the users", () => {
    expect(ws).toBeInstanceOf(Workspace);
    expect(ws.project).toBeInstanceOf(Project);
    expect(ws.project.name).toBe("vision");
    expect(ws.project.entity).toBe("acme-ml");
    expect(ws.users).toHaveLength(2);
    expect(ws.users[0]).toBeInstanceOf(User);
    expect({ ...ws.users[0] }).toEqual({ username: "john_doe", name: "John Doe" });
    expect(ws.users[1]!.username).toBe("jane_doe");
    // The root arrays stay unfrozen for the speed of V8's array builtins; an evaluation that may write copies them.
    for (const list of [ws.runs, ws.artifacts, ws.users]) expect(Array.isArray(list)).toBe(true);
    expect(Object.isFrozen(ws)).toBe(true);
  });

  it("builds artifacts with their versions ascending, and the artifact's record", () => {
    expect(model).toBeInstanceOf(Artifact);
    expect(model.name).toBe("model");
    expect(model.type).toBe("model");
    expect(model.project).toBe(ws.project);
    expect(model.versions.map((v) => v.version)).toEqual([0, 1, 2]);
    expect(Object.isFrozen(model.versions)).toBe(true);
    expect(data.versions.map((v) => v.version)).toEqual([0]);
    // The record is the file's artifact, key order and version order kept, absent keys absent.
    expect(JSON.stringify(model.record)).toBe(JSON.stringify(fixture().artifacts[0]));
    expect(Object.keys(model.record)).toEqual(["name", "type", "versions"]);
    expect(isDeepFrozenDict(model.record)).toBe(true);
    expect("aliases" in (model.record["versions"] as Json)[1]).toBe(false);
  });

  it("builds artifact versions: name and type from the artifact, alias = aliases[0] ?? v<number>", () => {
    const [v0, v1, v2] = model.versions as [ArtifactVersion, ArtifactVersion, ArtifactVersion];
    expect(v2).toBeInstanceOf(ArtifactVersion);
    expect({ ...v2, createdAt: v2.createdAt.toISOString() }).toEqual({
      name: "model",
      type: "model",
      version: 2,
      aliases: ["latest", "best"],
      alias: "latest",
      digest: "sha256:m2",
      size: 3000,
      createdAt: "2026-10-03T00:00:00.000Z",
    });
    expect(v0.aliases).toEqual([]); // absent
    expect(v0.alias).toBe("v0");
    expect(v1.aliases).toEqual([]); // empty
    expect(v1.alias).toBe("v1");
    expect(v1.createdAt.toISOString()).toBe("2026-10-02T00:00:00.000Z"); // an offset
    expect(v0.createdAt).toBeInstanceOf(Date);
    expect(Object.isFrozen(v2.aliases)).toBe(true);
    expect(data.versions[0]!.alias).toBe("v0-final");
    expect(data.versions[0]!.type).toBe("dataset");
    expect(data.versions[0]!.size).toBe(0);
  });

  it("builds a run with every field", () => {
    expect(full).toBeInstanceOf(Run);
    expect(full.id).toBe("a1b2c3d4");
    expect(full.name).toBe("zesty-sun-1");
    expect(full.user).toBe(ws.users[0]);
    expect(full.jobType).toBe("train");
    expect(full.state).toBe("finished");
    expect(full.createdAt.toISOString()).toBe("2026-10-01T00:00:00.000Z");
    expect(full.heartbeatAt.toISOString()).toBe("2026-10-01T01:30:00.000Z");
    expect(full.config).toEqual({ lr: 0.001, layers: [64, 32], optimizer: { name: "adam", betas: [0.9, 0.999] }, note: null });
    expect(full.summary).toEqual({ accuracy: 0.97, "val/loss": 0.12, done: true });
    expect(Object.isFrozen(full)).toBe(true);
  });

  it("sorts history by _step, stably, and keeps the file's order in the record", () => {
    expect(full.history.map((row) => [row["_step"], row["loss"]])).toEqual([
      [0, 0.9],
      [1, 0.5],
      [1, 0.4],
      [2, 0.2],
    ]);
    expect(Object.isFrozen(full.history)).toBe(true);
    expect((full.record["history"] as Json[]).map((row) => row._step)).toEqual([2, 0, 1, 1]);
    // The same frozen rows, in two orders.
    expect((full.record["history"] as Json[])[0]).toBe(full.history[3]);
  });

  it("links logged and used artifact versions to the artifacts' own version objects", () => {
    expect(full.loggedArtifacts).toEqual([model.versions[2], model.versions[0]]);
    expect(full.loggedArtifacts[0]).toBe(model.versions[2]);
    expect(full.loggedArtifacts[1]).toBe(model.versions[0]);
    expect(full.usedArtifacts[0]).toBe(data.versions[0]);
    expect(Object.isFrozen(full.loggedArtifacts)).toBe(true);
    expect(Object.isFrozen(full.usedArtifacts)).toBe(true);
  });

  it("gives absent optional fields their defaults", () => {
    expect(bare.name).toBeUndefined();
    expect(bare.jobType).toBeUndefined();
    expect(bare.user).toBe(ws.users[1]);
    expect(bare.config).toEqual({});
    expect(bare.summary).toEqual({});
    expect(bare.history).toEqual([]);
    expect(bare.loggedArtifacts).toEqual([]);
    expect(bare.usedArtifacts).toEqual([]);
    for (const v of [bare.config, bare.summary, bare.history, bare.loggedArtifacts, bare.usedArtifacts]) expect(Object.isFrozen(v)).toBe(true);
    expect(Object.getPrototypeOf(bare.config)).toBe(DICTIONARY_PROTOTYPE);
  });

  it("gives every dictionary DICTIONARY_PROTOTYPE, which is empty, frozen and has no prototype of its own", () => {
    expect(Object.getPrototypeOf(DICTIONARY_PROTOTYPE)).toBeNull();
    expect(Reflect.ownKeys(DICTIONARY_PROTOTYPE)).toEqual([]);
    expect(Object.isFrozen(DICTIONARY_PROTOTYPE)).toBe(true);
    const config = ws.runs[0]!.config as Record<string, unknown>;
    for (const key of ["toString", "constructor", "__proto__", "hasOwnProperty", "valueOf"]) expect(key in config && !Object.hasOwn(config, key), key).toBe(false);
  });

  it("makes every dictionary deep-frozen with the dictionary prototype", () => {
    for (const run of ws.runs) {
      for (const dict of [run.config, run.summary, ...run.history, run.record]) expect(isDeepFrozenDict(dict)).toBe(true);
    }
    expect(Object.getPrototypeOf(full.config["optimizer"])).toBe(DICTIONARY_PROTOTYPE);
    expect(Object.isFrozen(full.config["layers"])).toBe(true);
    expect(() => {
      (full.config as Json).lr = 1;
    }).toThrow(TypeError);
  });

  it("keeps each run's record as the file gave it: key order, absent keys absent", () => {
    expect(JSON.stringify(full.record)).toBe(JSON.stringify(fixture().runs[0]));
    expect(Object.keys(bare.record)).toEqual(["state", "id", "heartbeatAt", "createdAt", "user"]);
    expect("config" in bare.record).toBe(false);
    // The record shares the run's frozen dictionaries.
    expect(full.record["config"]).toBe(full.config);
    expect(full.record["summary"]).toBe(full.summary);
    expect(full.record["loggedArtifacts"]).toEqual(["model:v2", "model:v0"]);
  });

  it("shares the history array with the record when the file already has it in step order", () => {
    const run = loadWorkspace(modified((w) => (w.runs[0].history = [{ _step: 0 }, { _step: 1 }]))).runs[0]!;
    expect(run.record["history"]).toBe(run.history);
  });

  it("neither changes nor freezes its input, and shares no object with it", () => {
    const input = fixture();
    const before = JSON.stringify(input);
    const loaded = loadWorkspace(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(Object.isFrozen(input.runs[0].config)).toBe(false);
    expect(Object.isFrozen(input.artifacts[0].versions[0].aliases)).toBe(false);
    expect(loaded.runs[0]!.config).not.toBe(input.runs[0].config);
    expect(loaded.artifacts[0]!.versions[2]!.aliases).not.toBe(input.artifacts[0].versions[0].aliases);
  });

  it("reads absent users and artifacts as none", () => {
    const loaded = loadWorkspace({ entity: "e", project: "p", runs: [] });
    expect(loaded.users).toEqual([]);
    expect(loaded.artifacts).toEqual([]);
    expect(loaded.runs).toEqual([]);
  });

  it("keeps a __proto__ key from JSON.parse as an ordinary key", () => {
    const text = JSON.stringify(fixture()).replace('"config":{', '"config":{"__proto__":{"polluted":true},');
    const run = loadWorkspace(JSON.parse(text)).runs[0]!;
    expect(Object.getPrototypeOf(run.config)).toBe(DICTIONARY_PROTOTYPE);
    expect(Object.keys(run.config)[0]).toBe("__proto__");
    expect(run.config["__proto__"]).toEqual({ polluted: true });
    expect(({} as Json).polluted).toBeUndefined();
  });

  it("reads an optional key an embedder set to undefined as absent", () => {
    const run = loadWorkspace(
      modified((w) => {
        w.runs[1].name = undefined;
        w.runs[1].config = undefined;
        w.artifacts[0].versions[0].aliases = undefined;
      }),
    ).runs[1]!;
    expect(run.name).toBeUndefined();
    expect(run.config).toEqual({});
    expect("name" in run.record).toBe(false);
    expect("config" in run.record).toBe(false);
  });

  it.each([
    "2026-10-01T00:00:00.000Z",
    "2026-10-01T00:00:00Z",
    "2026-10-01T00:00:00+02:00",
    "2026-10-01T00:00:00.5-05:30",
    "2024-02-29T23:59:59.999999Z",
  ])("accepts the date-time %s", (iso) => {
    const run = loadWorkspace(modified((w) => (w.runs[0].createdAt = iso))).runs[0]!;
    expect(run.createdAt.getTime()).toBe(Date.parse(iso));
  });

  it("loads the sample workspace shipped in examples/", () => {
    const path = fileURLToPath(new URL("../examples/workspace.json", import.meta.url));
    const loaded = loadWorkspace(JSON.parse(readFileSync(path, "utf8")));
    expect(loaded.runs.length).toBeGreaterThan(0);
  });
});

describe("loadWorkspace: refusals", () => {
  // One row per kind of bad file: what is changed, and the exact message.
  const cases: [string, (ws: Json) => void, string][] = [
    // Wrong types.
    ["a string field holding a number", (w) => (w.runs[0].state = 3), "runs[0].state: expected a string, got 3"],
    ["an optional string holding null", (w) => (w.runs[0].jobType = null), "runs[0].jobType: expected a string, got null"],
    ["runs not an array", (w) => (w.runs = {}), "runs: expected an array, got an object"],
    ["a run not an object", (w) => (w.runs[1] = "e5f6g7h8"), 'runs[1]: expected an object, got "e5f6g7h8"'],
    ["users not an array", (w) => (w.users = "john_doe"), 'users: expected an array, got "john_doe"'],
    ["config an array", (w) => (w.runs[0].config = [1]), "runs[0].config: expected a JSON object, got an array"],
    ["history not an array", (w) => (w.runs[0].history = { _step: 0 }), "runs[0].history: expected an array, got an object"],
    ["a history row not an object", (w) => (w.runs[0].history[1] = 7), "runs[0].history[1]: expected a JSON object, got 7"],
    ["a version number not an integer", (w) => (w.artifacts[0].versions[1].version = 1.5), "artifacts[0].versions[1].version: expected an integer, got 1.5"],
    ["a negative size", (w) => (w.artifacts[0].versions[1].size = -1), "artifacts[0].versions[1].size: expected an integer >= 0, got -1"],
    ["a numeric string as a number", (w) => (w.artifacts[0].versions[1].size = "10"), 'artifacts[0].versions[1].size: expected a number, got "10"'],
    ["an empty entity", (w) => (w.entity = ""), 'entity: expected a non-empty string, got ""'],
    ["an empty run id", (w) => (w.runs[1].id = ""), 'runs[1].id: expected a non-empty string, got ""'],
    ["an empty alias", (w) => (w.artifacts[0].versions[0].aliases[1] = ""), 'artifacts[0].versions[0].aliases[1]: expected a non-empty string, got ""'],
    ["aliases not an array", (w) => (w.artifacts[0].versions[0].aliases = "latest"), 'artifacts[0].versions[0].aliases: expected an array, got "latest"'],
    [
      "an artifact name with a colon",
      (w) => {
        w.artifacts[1].name = "data:set";
        delete w.runs[0].usedArtifacts;
      },
      'artifacts[1].name: expected an artifact name without ":", got "data:set"',
    ],
    ["a long string, shortened", (w) => (w.runs[0].createdAt = "x".repeat(100)), `runs[0].createdAt: expected an ISO 8601 date-time, got "${"x".repeat(59)}…"`],

    // Missing required keys.
    ["a run without user", (w) => delete w.runs[0].user, "runs[0].user: missing required key"],
    ["a file without runs", (w) => delete w.runs, "runs: missing required key"],
    ["a version without digest", (w) => delete w.artifacts[0].versions[2].digest, "artifacts[0].versions[2].digest: missing required key"],
    ["a required key set to undefined", (w) => (w.runs[0].state = undefined), "runs[0].state: expected a string, got undefined"],

    // Unknown keys.
    ["a misspelt run key", (w) => (w.runs[0].jobtype = "train"), 'runs[0].jobtype: unknown key (did you mean "jobType"?)'],
    ["a misspelt top-level key", (w) => (w.artifact = []), 'artifact: unknown key (did you mean "artifacts"?)'],
    ["an unknown version key", (w) => (w.artifacts[0].versions[0].alias = "latest"), 'artifacts[0].versions[0].alias: unknown key (did you mean "aliases"?)'],
    ["an unknown user key", (w) => (w.users[1].email = "j@x"), "users[1].email: unknown key"],
    ["an unknown key that needs quoting", (w) => (w.runs[1]["job type"] = "x"), 'runs[1]["job type"]: unknown key (did you mean "jobType"?)'],

    // Dates.
    ["a date that is not ISO", (w) => (w.runs[0].createdAt = "yesterday"), 'runs[0].createdAt: expected an ISO 8601 date-time, got "yesterday"'],
    ["a date without a time", (w) => (w.runs[1].heartbeatAt = "2026-10-01"), 'runs[1].heartbeatAt: expected an ISO 8601 date-time, got "2026-10-01"'],
    ["a date without a zone", (w) => (w.runs[1].heartbeatAt = "2026-10-01T00:00:00"), 'runs[1].heartbeatAt: expected an ISO 8601 date-time, got "2026-10-01T00:00:00"'],
    ["a day the month lacks", (w) => (w.artifacts[1].versions[0].createdAt = "2026-02-30T00:00:00Z"), 'artifacts[1].versions[0].createdAt: expected an ISO 8601 date-time, got "2026-02-30T00:00:00Z"'],
    ["a date as epoch milliseconds", (w) => (w.runs[0].heartbeatAt = 1790812800000), "runs[0].heartbeatAt: expected an ISO 8601 date-time, got 1790812800000"],

    // References.
    ["a dangling user", (w) => (w.runs[1].user = "jane"), 'runs[1].user: no user "jane" in users (did you mean "jane_doe"?)'],
    ["a dangling user with nothing close", (w) => (w.runs[1].user = "bob"), 'runs[1].user: no user "bob" in users'],
    [
      "a user when users is absent",
      (w) => {
        delete w.users;
        w.runs.pop();
      },
      'runs[0].user: no user "john_doe" in users',
    ],
    ["a dangling artifact", (w) => (w.runs[0].loggedArtifacts[1] = "modle:v0"), 'runs[0].loggedArtifacts[1]: no artifact "modle" (did you mean "model"?)'],
    ["a missing version", (w) => (w.runs[0].loggedArtifacts[1] = "model:v7"), 'runs[0].loggedArtifacts[1]: artifact "model" has no version 7'],
    ["an alias for a version number", (w) => (w.runs[0].usedArtifacts[0] = "model:latest"), 'runs[0].usedArtifacts[0]: expected "name:v<number>", got "model:latest"'],
    ["a reference without a version", (w) => (w.runs[0].usedArtifacts[0] = "model"), 'runs[0].usedArtifacts[0]: expected "name:v<number>", got "model"'],
    ["a version number with a leading zero", (w) => (w.runs[0].usedArtifacts[0] = "model:v02"), 'runs[0].usedArtifacts[0]: expected "name:v<number>", got "model:v02"'],
    ["a reference that is not a string", (w) => (w.runs[0].usedArtifacts[0] = 2), "runs[0].usedArtifacts[0]: expected a string, got 2"],

    // Duplicates.
    ["a duplicate run id", (w) => (w.runs[1].id = "a1b2c3d4"), 'runs[1].id: duplicate run id "a1b2c3d4" (first at runs[0])'],
    [
      "a duplicate username",
      (w) => {
        w.users[1].username = "john_doe";
        w.runs[1].user = "john_doe";
      },
      'users[1].username: duplicate username "john_doe" (first at users[0])',
    ],
    [
      "a duplicate artifact name",
      (w) => {
        w.artifacts[1].name = "model";
        delete w.runs[0].usedArtifacts;
      },
      'artifacts[1].name: duplicate artifact name "model" (first at artifacts[0])',
    ],
    ["a duplicate version number", (w) => (w.artifacts[0].versions[2].version = 2), "artifacts[0].versions[2].version: duplicate version 2 (first at artifacts[0].versions[0])"],
    [
      "an alias on two versions",
      (w) => (w.artifacts[0].versions[2].aliases = ["best"]),
      'artifacts[0].versions[2].aliases[0]: alias "best" is already on version 2 (artifacts[0].versions[0])',
    ],
    ["an alias twice on one version", (w) => (w.artifacts[0].versions[0].aliases = ["latest", "latest"]), 'artifacts[0].versions[0].aliases[1]: duplicate alias "latest"'],

    // History rows.
    ["a history row without _step", (w) => delete w.runs[0].history[2]._step, "runs[0].history[2]._step: missing required key"],
    ["a history row with a string _step", (w) => (w.runs[0].history[2]._step = "1"), 'runs[0].history[2]._step: expected a number, got "1"'],
    ["a history row with a null _step", (w) => (w.runs[0].history[0]._step = null), "runs[0].history[0]._step: expected a number, got null"],

    // Values JSON.parse cannot make, but an embedder can.
    ["undefined in config", (w) => (w.runs[0].config.lr = undefined), "runs[0].config.lr: expected a JSON value, got undefined"],
    ["a function in summary", (w) => (w.runs[0].summary["val/loss"] = () => 1), 'runs[0].summary["val/loss"]: expected a JSON value, got a function'],
    ["NaN deep in config", (w) => (w.runs[0].config.optimizer.betas[1] = NaN), "runs[0].config.optimizer.betas[1]: expected a JSON value, got NaN"],
    ["Infinity in a history row", (w) => (w.runs[0].history[0].loss = Infinity), "runs[0].history[0].loss: expected a JSON value, got Infinity"],
    ["a Date in config", (w) => (w.runs[0].config.when = new Date(0)), "runs[0].config.when: expected a JSON value, got a Date"],
    ["a class instance in config", (w) => (w.runs[0].config.m = new Map()), "runs[0].config.m: expected a JSON value, got an object of class Map"],
    ["a bigint in summary", (w) => (w.runs[0].summary.n = 10n), "runs[0].summary.n: expected a JSON value, got a bigint (10n)"],
    ["a symbol in config", (w) => (w.runs[0].config.s = Symbol("s")), "runs[0].config.s: expected a JSON value, got a symbol"],
    ["a hole in an array", (w) => (w.runs[0].config.layers = [1, , 3]), "runs[0].config.layers[1]: expected a JSON value, got undefined"],
    ["NaN as a size", (w) => (w.artifacts[0].versions[0].size = NaN), "artifacts[0].versions[0].size: expected a number, got NaN"],
    [
      "a cycle in config",
      (w) => {
        const loop: Json = {};
        loop.self = loop;
        w.runs[0].config.loop = loop;
      },
      `runs[0].config${".loop" + ".self".repeat(255)}: JSON value nested more than 256 levels deep (is there a cycle?)`,
    ],
  ];

  it.each(cases)("refuses %s", (_, change, message) => {
    expect(loadError(modified(change)).message).toBe(message);
  });

  it.each<[unknown, string]>([
    [null, "workspace: expected an object, got null"],
    [[], "workspace: expected an object, got an array"],
    [42, "workspace: expected an object, got 42"],
    [undefined, "workspace: expected an object, got undefined"],
    ['{"entity":"e"}', 'workspace: expected an object, got "{\\"entity\\":\\"e\\"}" (loadWorkspace takes the parsed file: JSON.parse it first)'],
  ])("refuses the non-object %j", (input, message) => {
    expect(loadError(input).message).toBe(message);
  });

  it("lists several problems, one per line, in document order", () => {
    const error = loadError(
      modified((w) => {
        w.runs[1].user = "nobody"; // a cross-reference problem, found in the second pass...
        w.runs[0].summary.bad = undefined;
        w.runs[0].createdAt = "soon"; // ... reported after this one, which comes earlier in the file
        w.runs[0].extra = 1;
        w.users[0].name = 7;
        w.project = "";
      }),
    );
    expect(error.message).toBe(
      [
        'project: expected a non-empty string, got ""',
        "users[0].name: expected a string, got 7",
        'runs[0].createdAt: expected an ISO 8601 date-time, got "soon"',
        "runs[0].summary.bad: expected a JSON value, got undefined",
        "runs[0].extra: unknown key",
        'runs[1].user: no user "nobody" in users',
      ].join("\n"),
    );
  });

  it("puts missing keys after the object's present ones", () => {
    const error = loadError(
      modified((w) => {
        delete w.runs[1].id; // the schema's first key, but absent
        w.runs[1].user = 5;
      }),
    );
    expect(error.message).toBe(["runs[1].user: expected a string, got 5", "runs[1].id: missing required key"].join("\n"));
  });

  it(`lists at most ${MAX_REPORTED_PROBLEMS} problems, and counts the rest`, () => {
    const data = fixture();
    data.runs = Array.from({ length: 25 }, (_, i) => ({ ...fixture().runs[1], id: `r${i}`, state: i }));
    const lines = loadError(data).message.split("\n");
    expect(lines).toHaveLength(MAX_REPORTED_PROBLEMS + 1);
    expect(lines[0]).toBe("runs[0].state: expected a string, got 0");
    expect(lines[9]).toBe("runs[9].state: expected a string, got 9");
    expect(lines[10]).toBe("(and 15 more problems)");
  });

  it("refuses a NaN _step as not JSON", () => {
    const error = loadError(modified((w) => (w.runs[0].history[0]._step = NaN)));
    expect(error.message).toBe("runs[0].history[0]._step: expected a JSON value, got NaN");
  });

  it("does not report a dangling reference where the list it refers to is itself broken", () => {
    const error = loadError(modified((w) => (w.users[1] = { name: "Jane" })));
    expect(error.message).toBe("users[1].username: missing required key");
  });
});

describe("formatPath", () => {
  it.each<[(string | number)[], string]>([
    [[], "workspace"],
    [["runs"], "runs"],
    [["runs", 12, "createdAt"], "runs[12].createdAt"],
    [["runs", 0, "summary", "val/loss"], 'runs[0].summary["val/loss"]'],
    [["runs", 0, "config", "_private", "$x"], "runs[0].config._private.$x"],
    [["runs", 0, "config", "2nd"], 'runs[0].config["2nd"]'],
    [["runs", 0, "config", ""], 'runs[0].config[""]'],
    [["odd key"], '["odd key"]'],
    [["runs", 0, "config", 'say "hi"'], 'runs[0].config["say \\"hi\\""]'],
  ])("%j is %s", (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});

describe("quicklyValid: the loader's fast path past zod", () => {
  const schemaAccepts = (data: unknown) => workspaceFileSchema.safeParse(data).success;

  it("vouches for every valid JSON-shaped file (or big files would all go the slow way)", () => {
    fc.assert(
      fc.property(workspace({ maxRuns: 8, maxArtifacts: 4 }), (file) => quicklyValid(file)),
      { seed: 8101, numRuns: 300 },
    );
    const path = fileURLToPath(new URL("../examples/workspace.json", import.meta.url));
    expect(quicklyValid(JSON.parse(readFileSync(path, "utf8")))).toBe(true);
    expect(quicklyValid(fixture())).toBe(true);
  });

  /** Every object and array in `v`, `v` first. */
  function containers(v: unknown, out: object[] = []): object[] {
    if (v === null || typeof v !== "object" || out.includes(v)) return out;
    out.push(v);
    for (const key of Object.keys(v)) containers((v as Record<string, unknown>)[key], out);
    return out;
  }

  class Point {
    constructor(readonly x = 1) {}
  }
  /** Values a bad file might hold anywhere: wrong types, edge numbers, strings that are nearly dates or references. */
  const oddValue = fc.constantFrom<unknown>(
    undefined, null, true, 0, -0, -1, 1.5, 2 ** 53, NaN, Infinity, "", "x", "a:b", "model:v01", "model:v1",
    "2026-02-29T00:00:00Z", "2024-02-29T00:00:00Z", "2026-10-01T00:00:00", "2026-10-01 00:00:00Z", [], [1], {}, { _step: "1" },
    { _step: 1 }, new Date(0), new Point(), Object.create({ inherited: 1 }), [undefined], Symbol("s"), () => 1, 10n,
  );

  type Edit = { at: number; how: "replace" | "delete" | "add"; key: string; value: unknown };
  const edit: fc.Arbitrary<Edit> = fc.record({
    at: fc.nat(),
    how: fc.constantFrom("replace" as const, "delete" as const, "add" as const),
    key: fc.constantFrom("id", "name", "user", "runs", "versions", "aliases", "config", "_step", "history", "extra", "__proto__"),
    value: oddValue,
  });

  /** Applies one edit inside the container of `file` that `at` picks. */
  function applyEdit(file: unknown, e: Edit): void {
    const places = containers(file);
    const target = places[e.at % places.length] as Record<string | number, unknown>;
    const keys = Object.keys(target);
    const key = Array.isArray(target) ? (keys.length === 0 ? 0 : e.at % keys.length) : (keys[e.at % Math.max(1, keys.length)] ?? e.key);
    if (e.how === "replace") target[key] = e.value;
    else if (e.how === "delete") delete target[key];
    else Object.defineProperty(target, e.key, { value: e.value, enumerable: true, writable: true, configurable: true });
  }

  it("vouches for no file the schema refuses (one edit anywhere in a valid file)", () => {
    let refused = 0;
    fc.assert(
      fc.property(workspace({ maxRuns: 4, maxArtifacts: 2, maxVersions: 3, maxHistory: 3 }), fc.array(edit, { minLength: 1, maxLength: 3 }), (file, edits) => {
        const bad = structuredClone(file);
        for (const e of edits) applyEdit(bad, e);
        const accepts = schemaAccepts(bad);
        if (!accepts) refused++;
        if (quicklyValid(bad)) expect(accepts).toBe(true);
      }),
      { seed: 8102, numRuns: 2000 },
    );
    // The edits must reach the interesting side: most of them break the file.
    expect(refused).toBeGreaterThan(1000);
  });

  it("checks dates with zod's own date-time pattern", () => {
    expect(DATE_TIME.source).toBe(z.iso.datetime({ offset: true })._zod.def.pattern!.source);
  });

  it("sends to zod what it cannot vouch for, which may still be valid", () => {
    const withUndefined = modified((w) => (w.runs[1].name = undefined));
    expect(quicklyValid(withUndefined)).toBe(false);
    expect(schemaAccepts(withUndefined)).toBe(true);
    expect(loadWorkspace(withUndefined).runs[1]!.name).toBeUndefined();
  });

  it.each([
    ["a run with a key of its prototype's", (w: Json) => (w.runs[1] = Object.assign(Object.create({ extra: 1 }), w.runs[1]))],
    ["a user of a class", (w: Json) => (w.users[0] = new (class User { username = "john_doe"; name = "J" })())],
    ["a missing required key", (w: Json) => delete w.runs[0].state],
    ["a date of a day that does not exist", (w: Json) => (w.runs[0].createdAt = "2026-02-29T00:00:00Z")],
    ["a reference with a leading zero", (w: Json) => (w.runs[0].usedArtifacts = ["training-data:v00"])],
    ["an artifact name with a colon", (w: Json) => (w.artifacts[0].name = "a:b")],
    ["a size of 2^53", (w: Json) => (w.artifacts[0].versions[0].size = 2 ** 53)],
  ])("does not vouch for %s", (_, change) => {
    expect(quicklyValid(modified(change))).toBe(false);
  });
});
