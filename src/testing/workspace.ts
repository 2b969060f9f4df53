/**
 * `workspace(options)`: valid workspace files (SPEC §3) of any size, as the plain JSON objects
 * `JSON.parse` gives, which `loadWorkspace` always accepts.
 *
 * Built from `fc.record`, `fc.uniqueArray` and friends, so a failing case shrinks towards fewer
 * runs, artifacts, versions and keys, and towards simpler values. References (a run's user, its
 * logged and used artifact versions) are drawn as indices and resolved in a final step against
 * what was generated, so they are always consistent, and they shrink with everything else.
 *
 * What the files hold: runs with and without names and job types, missing summary keys, nested
 * config, config and summary keys that are `Object.prototype` names (`__proto__`, `constructor`),
 * unicode and empty strings, history rows out of step order and with repeated steps, artifacts
 * whose versions are listed out of order with aliases (one version each), dates with and without
 * milliseconds and with zone offsets, negative runtimes. No `-0` (JSON cannot write it) and no
 * `undefined` anywhere: a generated file is the same after `JSON.parse(JSON.stringify(file))`.
 */
import fc from "fast-check";
import type { WorkspaceFile } from "../workspace/schema.js";
import {
  ALIASES,
  ARTIFACT_NAMES,
  ARTIFACT_TYPES,
  CONFIG_NUMBER_KEYS,
  CONFIG_STRING_KEYS,
  HISTORY_KEYS,
  JOB_TYPES,
  MODELS,
  OPTIMIZERS,
  STATES,
  SUMMARY_KEYS,
  TRAP_KEYS,
  USERNAMES,
} from "./vocabulary.js";

export type { WorkspaceFile } from "../workspace/schema.js";

export interface WorkspaceOptions {
  /** Fewest runs (default 0). */
  minRuns?: number;
  /** Most runs (default 6). */
  maxRuns?: number;
  /** Fewest artifacts (default 0). */
  minArtifacts?: number;
  /** Most artifacts (default 3). */
  maxArtifacts?: number;
  /** Fewest versions of each artifact (default 0). */
  minVersions?: number;
  /** Most versions of each artifact (default 4). */
  maxVersions?: number;
  /** Most users (default 3; at least one is made whenever there are runs). */
  maxUsers?: number;
  /** Most history rows of a run (default 4). */
  maxHistory?: number;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

// ---------------------------------------------------------------------------------------------
// Values

/** Without -0, which a JSON file cannot hold (`JSON.stringify(-0)` is "0"). */
const noNegativeZero = (x: number): number => (x === 0 ? 0 : x);

/** Finite numbers: mostly metric-like, sometimes integers, extremes and awkward decimals. */
export const jsonNumber: fc.Arbitrary<number> = fc
  .oneof(
    { weight: 4, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
    { weight: 3, arbitrary: fc.integer({ min: -1000, max: 100_000 }) },
    { weight: 1, arbitrary: fc.constantFrom(0, 1, 0.5, 0.1, 1e21, 5e-324, 2 ** 53, -1.5, 1e-7, 123.456) },
    { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  )
  .map(noNegativeZero);

/** Strings: vocabulary words, short random text, unicode, the empty string. */
const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("adam", "adamw", "train", "latest", "resnet50", "", " ", "a b", "ünïcödé", "😀", 'q"uote', "back\\slash", "line\nbreak") },
  { weight: 2, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 4 }) },
  // Lone surrogates too: JSON allows them (as escapes), and they test every conversion.
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 3 }) },
);

/** Object keys: the vocabulary, the prototype traps, random strings. */
const key: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...CONFIG_NUMBER_KEYS, ...CONFIG_STRING_KEYS, "seed", "tags", "notes") },
  { weight: 1, arbitrary: fc.constantFrom(...TRAP_KEYS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 5 }) },
);

const jsonLeaf: fc.Arbitrary<Json> = fc.oneof(
  { weight: 3, arbitrary: jsonNumber },
  { weight: 3, arbitrary: text },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
);

/** Any JSON value, nested a few levels at most. */
export const jsonValue: fc.Arbitrary<Json> = fc.letrec<{ value: Json; array: Json[]; object: JsonObject }>((tie) => ({
  value: fc.oneof({ maxDepth: 3, depthIdentifier: "json", withCrossShrink: true }, jsonLeaf, tie("array"), tie("object")),
  array: fc.array(tie("value"), { maxLength: 3, depthIdentifier: "json" }),
  object: fc.dictionary(key, tie("value"), { maxKeys: 3, noNullPrototype: true, depthIdentifier: "json" }),
})).value;

/** `{ ...a, ...b }` without dropping an own `__proto__` key (a spread would keep it too; this says so). */
function merge(a: JsonObject, b: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const o of [a, b]) {
    for (const k of Object.keys(o)) Object.defineProperty(out, k, { value: o[k], writable: true, enumerable: true, configurable: true });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Dates

const T0 = Date.parse("2020-01-01T00:00:00.000Z");
const T1 = Date.parse("2030-12-31T23:59:59.999Z");
const DAY = 86_400_000;

type DateStyle = "ms" | "s" | "offset";

/** An instant as the file writes it: `…T00:00:00.000Z`, `…T00:00:00Z` (whole seconds) or `…T02:00:00+02:00`. */
function isoText(ms: number, style: DateStyle): string {
  if (style === "ms") return new Date(ms).toISOString();
  const seconds = Math.floor(ms / 1000) * 1000;
  if (style === "s") return new Date(seconds).toISOString().slice(0, 19) + "Z";
  return new Date(seconds + 2 * 3_600_000).toISOString().slice(0, 19) + "+02:00";
}

const dateStyle: fc.Arbitrary<DateStyle> = fc.constantFrom<DateStyle>("ms", "s", "offset");
const instant = fc.integer({ min: T0, max: T1 });
const isoDate: fc.Arbitrary<string> = fc.tuple(instant, dateStyle).map(([ms, style]) => isoText(ms, style));

// ---------------------------------------------------------------------------------------------
// Records

const username: fc.Arbitrary<string> = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...USERNAMES) }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 6 }) });
const user = fc.record({ username, name: text });

const versionRecord = fc.record(
  {
    version: fc.oneof(fc.nat({ max: 6 }), fc.nat({ max: 1000 })),
    aliases: fc.uniqueArray(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ALIASES) }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 4 }) }), { maxLength: 2 }),
    digest: fc.oneof(fc.constant("sha256:0"), fc.stringMatching(/^sha256:[0-9a-f]{1,12}$/), fc.string({ maxLength: 4 })),
    size: fc.oneof(fc.nat({ max: 1_000_000 }), fc.constantFrom(0, 2 ** 31, Number.MAX_SAFE_INTEGER)),
    createdAt: isoDate,
  },
  { requiredKeys: ["version", "digest", "size", "createdAt"] },
);

interface RawArtifact {
  name: string;
  type: string;
  versions: { version: number; aliases?: string[]; digest: string; size: number; createdAt: string }[];
  /** Move `latest` to the highest version number, as W&B keeps it. */
  latest: boolean;
}

function artifactRecord(options: Required<WorkspaceOptions>): fc.Arbitrary<RawArtifact> {
  return fc.record({
    name: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ARTIFACT_NAMES) }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 6 }).map((s) => s.replace(/:/g, "_")) }),
    type: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ARTIFACT_TYPES) }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 6 }) }),
    versions: fc.uniqueArray(versionRecord, { selector: (v) => v.version, minLength: options.minVersions, maxLength: options.maxVersions }),
    latest: fc.boolean(),
  });
}

const configRecord: fc.Arbitrary<JsonObject> = fc
  .tuple(
    fc.record(
      {
        learning_rate: fc.oneof(fc.constantFrom(0.001, 0.0003, 0.01, 0.1), jsonNumber),
        batch_size: fc.constantFrom(16, 32, 64, 128),
        optimizer: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...OPTIMIZERS) }, { weight: 1, arbitrary: text }),
        epochs: fc.nat({ max: 100 }),
        dropout: fc.constantFrom(0, 0.1, 0.2, 0.5),
        model: fc.constantFrom(...MODELS),
        scheduler: fc.record({ type: fc.constantFrom("cosine", "step", "linear"), warmup_steps: fc.nat({ max: 1000 }) }, { requiredKeys: ["type"] }),
        augmentation: fc.record({ random_crop: fc.boolean(), mixup: fc.constantFrom(0, 0.2, 0.4) }),
      },
      { requiredKeys: [] },
    ),
    fc.dictionary(key, jsonValue, { maxKeys: 2, noNullPrototype: true }),
  )
  .map(([known, extra]) => merge(known as JsonObject, extra));

const summaryRecord: fc.Arbitrary<JsonObject> = fc
  .tuple(
    fc.record(
      {
        accuracy: fc.oneof({ weight: 5, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }).map(noNegativeZero) }, { weight: 1, arbitrary: jsonValue }),
        val_loss: jsonNumber,
        loss: jsonNumber,
        f1: fc.double({ min: 0, max: 1, noNaN: true }).map(noNegativeZero),
        precision: fc.oneof(jsonNumber, fc.constant(null)),
        best: fc.record({ epoch: fc.nat({ max: 100 }), accuracy: jsonNumber }),
      },
      { requiredKeys: [] },
    ),
    fc.dictionary(fc.oneof(fc.constantFrom(...SUMMARY_KEYS.map((k) => `${k}_max`)), key), jsonValue, { maxKeys: 2, noNullPrototype: true }),
  )
  .map(([known, extra]) => merge(known as JsonObject, extra));

function historyRows(options: Required<WorkspaceOptions>): fc.Arbitrary<JsonObject[]> {
  const row = fc
    .tuple(
      fc.oneof({ weight: 5, arbitrary: fc.nat({ max: 20 }) }, { weight: 1, arbitrary: jsonNumber }),
      fc.record({ loss: jsonNumber, accuracy: jsonNumber, lr: jsonNumber }, { requiredKeys: [] }),
    )
    // `_step` first, as W&B writes it.
    .map(([step, rest]) => merge({ _step: step }, rest as JsonObject));
  return fc.array(row, { maxLength: options.maxHistory });
}

interface RawRun {
  id: string;
  name?: string;
  /** Index into the users, resolved at the end. */
  user: number;
  jobType?: string;
  state: string;
  createdAt: [number, DateStyle];
  /** Milliseconds after `createdAt` (negative now and then: a clock skew the file may have). */
  runtime: number;
  heartbeatStyle: DateStyle;
  config?: JsonObject;
  summary?: JsonObject;
  history?: JsonObject[];
  /** Indices (artifact, version), resolved at the end; dropped where nothing can be referenced. */
  loggedArtifacts?: [number, number][];
  usedArtifacts?: [number, number][];
}

function runRecord(options: Required<WorkspaceOptions>): fc.Arbitrary<RawRun> {
  const refs = fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 });
  return fc.record(
    {
      id: fc.oneof({ weight: 4, arbitrary: fc.stringMatching(/^[0-9a-z]{8}$/) }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 4 }) }),
      name: fc.oneof(
        { weight: 4, arbitrary: fc.tuple(fc.constantFrom("zesty", "misty", "lucky", "quiet"), fc.constantFrom("sun", "river", "wave"), fc.nat({ max: 99 })).map(([a, b, n]) => `${a}-${b}-${n}`) },
        { weight: 1, arbitrary: text },
      ),
      user: fc.nat(),
      jobType: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...JOB_TYPES) }, { weight: 1, arbitrary: text }),
      state: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...STATES) }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 6 }) }),
      createdAt: fc.tuple(instant, dateStyle),
      runtime: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 3 * DAY }) }, { weight: 1, arbitrary: fc.integer({ min: -DAY, max: 0 }) }),
      heartbeatStyle: dateStyle,
      config: configRecord,
      summary: summaryRecord,
      history: historyRows(options),
      loggedArtifacts: refs,
      usedArtifacts: refs,
    },
    { requiredKeys: ["id", "user", "state", "createdAt", "runtime", "heartbeatStyle"] },
  );
}

// ---------------------------------------------------------------------------------------------
// Assembly: resolve the indices, keep aliases unique per artifact, write the file's key order.

function assemble(raw: { entity: string; project: string; users: { username: string; name: string }[]; artifacts: RawArtifact[]; runs: RawRun[]; omitEmpty: boolean }): WorkspaceFile {
  const users = raw.users.length === 0 && raw.runs.length > 0 ? [{ username: "john_doe", name: "John Doe" }] : raw.users;
  const artifacts = raw.artifacts.map((a) => {
    const seen = new Set<string>();
    const top = a.versions.reduce((m, v) => Math.max(m, v.version), -1);
    const versions = a.versions.map((v) => {
      let aliases = (v.aliases ?? []).filter((alias) => !(a.latest && alias === "latest"));
      if (a.latest && v.version === top) aliases = ["latest", ...aliases];
      aliases = aliases.filter((alias) => (seen.has(alias) ? false : (seen.add(alias), true)));
      // Absent and empty both mean "no aliases": both forms are written.
      if (v.aliases === undefined && aliases.length === 0) return { version: v.version, digest: v.digest, size: v.size, createdAt: v.createdAt };
      return { version: v.version, aliases, digest: v.digest, size: v.size, createdAt: v.createdAt };
    });
    return { name: a.name, type: a.type, versions };
  });
  const refsOf = (pairs: [number, number][] | undefined): string[] | undefined => {
    if (pairs === undefined) return undefined;
    const out: string[] = [];
    for (const [i, j] of pairs) {
      if (artifacts.length === 0) break;
      const a = artifacts[i % artifacts.length]!;
      if (a.versions.length === 0) continue;
      out.push(`${a.name}:v${a.versions[j % a.versions.length]!.version}`);
    }
    return out;
  };
  const runs = raw.runs.map((r) => {
    const created = r.createdAt[0];
    const record: Record<string, unknown> = { id: r.id };
    if (r.name !== undefined) record["name"] = r.name;
    record["user"] = users[r.user % users.length]!.username;
    if (r.jobType !== undefined) record["jobType"] = r.jobType;
    record["state"] = r.state;
    record["createdAt"] = isoText(created, r.createdAt[1]);
    record["heartbeatAt"] = isoText(created + r.runtime, r.heartbeatStyle);
    if (r.config !== undefined) record["config"] = r.config;
    if (r.summary !== undefined) record["summary"] = r.summary;
    if (r.history !== undefined) record["history"] = r.history;
    const logged = refsOf(r.loggedArtifacts);
    if (logged !== undefined) record["loggedArtifacts"] = logged;
    const used = refsOf(r.usedArtifacts);
    if (used !== undefined) record["usedArtifacts"] = used;
    return record as WorkspaceFile["runs"][number];
  });
  const file: Record<string, unknown> = { entity: raw.entity, project: raw.project };
  if (!(raw.omitEmpty && users.length === 0)) file["users"] = users;
  if (!(raw.omitEmpty && artifacts.length === 0)) file["artifacts"] = artifacts;
  file["runs"] = runs;
  return file as WorkspaceFile;
}

const DEFAULTS: Required<WorkspaceOptions> = { minRuns: 0, maxRuns: 6, minArtifacts: 0, maxArtifacts: 3, minVersions: 0, maxVersions: 4, maxUsers: 3, maxHistory: 4 };

/**
 * Valid workspace files (SPEC §3) as plain JSON objects: `loadWorkspace(file)` accepts every one,
 * and `JSON.parse(JSON.stringify(file))` is the same file.
 *
 * ```ts
 * fc.assert(fc.property(workspace({ minRuns: 1, maxRuns: 20 }), (file) => {
 *   const ws = loadWorkspace(file);
 *   expect(compile("runs.length").run(ws).value).toBe(file.runs.length);
 * }));
 * ```
 */
export function workspace(options: WorkspaceOptions = {}): fc.Arbitrary<WorkspaceFile> {
  const o: Required<WorkspaceOptions> = { ...DEFAULTS, ...options };
  if (o.maxRuns < o.minRuns) o.maxRuns = o.minRuns;
  if (o.maxArtifacts < o.minArtifacts) o.maxArtifacts = o.minArtifacts;
  if (o.maxVersions < o.minVersions) o.maxVersions = o.minVersions;
  return fc
    .record({
      entity: fc.oneof({ weight: 4, arbitrary: fc.constantFrom("acme-ml", "team") }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 6 }) }),
      project: fc.oneof({ weight: 4, arbitrary: fc.constantFrom("vision", "nlp") }, { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 6 }) }),
      users: fc.uniqueArray(user, { selector: (u) => u.username, maxLength: Math.max(0, o.maxUsers) }),
      artifacts: fc.uniqueArray(artifactRecord(o), { selector: (a) => a.name, minLength: o.minArtifacts, maxLength: o.maxArtifacts }),
      runs: fc.uniqueArray(runRecord(o), { selector: (r) => r.id, minLength: o.minRuns, maxLength: o.maxRuns }),
      omitEmpty: fc.boolean(),
    })
    .map(assemble);
}
