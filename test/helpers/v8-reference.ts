/**
 * The V8 reference for differential tests (SPEC §1: a program's meaning is what V8 gives for the
 * same source, with the annotations removed and the roots and ops bound as SPEC §2 says).
 *
 * This file is written independently of Weft's evaluator on purpose: it imports nothing from
 * src/ or stdlib/. A program is run like this:
 *
 *  1. its TypeScript annotations are stripped with `ts.transpileModule` (target ES2022, no module
 *     transform, comments kept), which leaves a plain script: no "use strict" prologue, no
 *     `export {}`, every statement where it was, so the script's completion value is the
 *     program's value (the value of its last expression statement);
 *  2. a fresh `node:vm` context is made, and an installer compiled *inside* that context builds
 *     the roots and ops from a deep clone of the workspace file, so every array, object, Date and
 *     function the program sees belongs to the context's realm (`x instanceof Array`,
 *     `instanceof Date` answer as in a plain script);
 *  3. the script runs in that context and its completion value is returned as it is (a value of
 *     the context's realm; compare it with `canonical` from ./canonical.ts).
 *
 * Representation (the lead's decisions; Weft's side must agree):
 *  - a run value is a deep clone of its record, in the file's key order; runConfig/runSummary give
 *    the record's own objects (one `{}` per run where absent); runCreatedAt/runHeartbeatAt give a
 *    Date made once per run; runUser gives one `{ username, name }` object per user; runHistory
 *    gives a new array on each call of the record's rows, stably sorted by `_step`;
 *  - an artifact value is a deep clone of its record; artifactVersions gives a new array on each
 *    call, ascending by version number;
 *  - an ArtifactVersion is one object per version, `{ name, type, version, aliases, alias,
 *    digest, size, createdAt }` in that key order, reached with the same identity through
 *    artifactVersions and the run ops;
 *  - `new Date()`, `Date.now()` (and `Date()` called without `new`) read the fixed clock
 *    `options.now`; everything else about Date is V8's own Date (the context's `Date` is a Proxy
 *    of it, so `new Date(x)`, `Date.UTC`, `instanceof Date` and subclassing behave as V8's);
 *  - console.log/warn/error are captured as `{ level, text }`, text being the arguments joined by
 *    one space, each formatted: a string as it is, a Date as its ISO string ("Invalid Date" where
 *    invalid), `undefined` as "undefined", anything else as `JSON.stringify` writes it (so a
 *    function or a symbol prints "undefined").
 *
 * Decisions beyond the lead's brief (documented so that Weft's side can follow them):
 *  - ops read the facts they report (a run's name, dates, user, artifact references; an
 *    artifact's name, type and versions) from the record as the workspace file gave it, when the
 *    evaluation starts: a program that writes into a run or artifact value's top-level fields
 *    (which Weft's type checker refuses anyway) does not change what the ops answer. config and
 *    summary are the exception the brief fixes: they are the record's own objects.
 *  - an op given a value that is not a run (resp. an artifact, an artifact version) of this
 *    evaluation throws a TypeError, even if the value looks like one (`{ ...run }`).
 *  - runLoggedArtifactVersion splits its spec at the first ":"; where several logged versions
 *    match, the first in the file's order wins.
 *  - a source that TypeScript's parser rejects throws a SyntaxError here (`ts.transpileModule`
 *    would otherwise repair it into some other program).
 *  - programs run with a time limit (`options.timeoutMs`, 10 s by default).
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import vm from "node:vm";
import type TS from "typescript";

/** TypeScript, loaded on first use: with the answer cache below, most test runs never need it. */
let tsModule: typeof TS | undefined;
function typescript(): typeof TS {
  return (tsModule ??= createRequire(import.meta.url)("typescript") as typeof TS);
}

export type ConsoleLevel = "log" | "warn" | "error";

export interface ReferenceResult {
  value: unknown;
  console: { level: ConsoleLevel; text: string }[];
}

export interface ReferenceOptions {
  /** The evaluation's clock: what `new Date()` and `Date.now()` read. */
  now: Date | string | number;
  /** Stop a program that runs longer than this (milliseconds). Default 10 000. */
  timeoutMs?: number;
}

const compilerOptions = (ts: typeof TS): TS.CompilerOptions => ({
  target: ts.ScriptTarget.ES2022,
  // No module transform: a source without import/export stays a plain script.
  module: ts.ModuleKind.None,
  moduleDetection: ts.ModuleDetectionKind.Legacy,
  removeComments: false,
  alwaysStrict: false,
  strict: false,
  noEmitHelpers: true,
  importHelpers: false,
  sourceMap: false,
  inlineSourceMap: false,
});

/** The program's source with its TypeScript removed: the plain script V8 runs. */
export function stripTypes(source: string): string {
  const ts = typescript();
  const out = ts.transpileModule(source, {
    compilerOptions: compilerOptions(ts),
    fileName: "program.ts",
    reportDiagnostics: true,
  });
  const errors = (out.diagnostics ?? []).filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (errors.length > 0) {
    const d = errors[0]!;
    const message = ts.flattenDiagnosticMessageText(d.messageText, "\n");
    const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
    throw new SyntaxError(where ? `${message} (${where.line + 1}:${where.character + 1})` : message);
  }
  const text = out.outputText;
  // Guard the promise of a plain script: nothing that could change the completion value.
  if (/^\s*["']use strict["']/.test(text) || /\bexport\s*\{\s*\}/.test(text) || /Object\.defineProperty\(exports/.test(text)) {
    throw new Error(`stripTypes: TypeScript emitted module or strict-mode code:\n${text}`);
  }
  return text;
}

/** The time, in ms since the epoch, that `now` names; throws on an invalid time. */
function clockOf(now: Date | string | number): number {
  const ms = now instanceof Date ? now.getTime() : new Date(now).getTime();
  if (Number.isNaN(ms)) throw new RangeError(`runInV8: invalid clock ${String(now)}`);
  return ms;
}

let zoneChecked = false;
function checkZone(): void {
  if (zoneChecked) return;
  // Weft answers Date's local-time methods in UTC, always (SPEC §1); the reference must too.
  if (new Date(2020, 0, 1).getTimezoneOffset() !== 0 || new Date(2020, 6, 1).getTimezoneOffset() !== 0) {
    throw new Error("runInV8 needs the process to run with TZ=UTC (vitest.config.ts sets it)");
  }
  zoneChecked = true;
}

/** Whether `v` is a Date of any realm (has the [[DateValue]] slot). */
function isDate(v: unknown): v is Date {
  if (v === null || typeof v !== "object") return false;
  try {
    Date.prototype.getTime.call(v);
    return true;
  } catch {
    return false;
  }
}

/** One console argument as SPEC §4 writes it. */
export function formatConsoleArg(arg: unknown): string {
  if (typeof arg === "string") return arg;
  if (arg === undefined) return "undefined";
  if (isDate(arg)) {
    const ms = Date.prototype.getTime.call(arg);
    return Number.isNaN(ms) ? "Invalid Date" : Date.prototype.toISOString.call(arg);
  }
  const json = JSON.stringify(arg) as string | undefined;
  return json === undefined ? "undefined" : json;
}

/**
 * Compiled inside each fresh context, so that what it makes belongs to the context's realm. It
 * takes the (host) workspace file, the clock and a console sink, and installs the roots, the ops,
 * `console` and the clocked `Date` as globals. Plain JavaScript: it is not transpiled.
 */
const INSTALLER = String.raw`(function install(global, file, nowMs, sink) {
  "use strict";
  const OrigDate = Date;
  const ObjectKeys = Object.keys;
  const defineProperty = Object.defineProperty;
  const isArray = Array.isArray;
  const WM = WeakMap;
  const MapC = Map;
  const ProxyC = Proxy;
  const ReflectConstruct = Reflect.construct;
  const ReflectGet = Reflect.get;
  const TypeErr = TypeError;
  const Err = Error;
  const dateTime = OrigDate.prototype.getTime;

  function clone(v) {
    if (v === null || typeof v !== "object") return v;
    if (isArray(v)) {
      const out = [];
      for (let i = 0; i < v.length; i++) out[i] = clone(v[i]);
      return out;
    }
    const out = {};
    // defineProperty, so that a "__proto__" key stays an own data property as JSON.parse makes it.
    for (const k of ObjectKeys(v)) {
      defineProperty(out, k, { value: clone(v[k]), writable: true, enumerable: true, configurable: true });
    }
    return out;
  }
  function copy(arr) {
    const out = [];
    for (let i = 0; i < arr.length; i++) out[i] = arr[i];
    return out;
  }
  function date(s, path) {
    const d = new OrigDate(s);
    if (typeof s !== "string" || dateTime.call(d) !== dateTime.call(d)) throw new Err(path + ": not a date: " + s);
    return d;
  }
  function list(v) { return v === undefined ? [] : v; }
  // A stable insertion sort, so nothing depends on the host's Array.prototype.sort.
  function sorted(arr, key) {
    const out = copy(arr);
    for (let i = 1; i < out.length; i++) {
      const x = out[i];
      let j = i - 1;
      while (j >= 0 && key(out[j]) > key(x)) { out[j + 1] = out[j]; j--; }
      out[j + 1] = x;
    }
    return out;
  }

  const ws = clone(file);
  const entity = ws.entity;
  const projectName = ws.project;

  // Users: one { username, name } object per user.
  const users = new MapC();
  const fileUsers = list(ws.users);
  for (let i = 0; i < fileUsers.length; i++) {
    const u = fileUsers[i];
    users.set(u.username, { username: u.username, name: u.name });
  }

  // Artifacts and their versions.
  const artifactInfo = new WM();
  const versionSet = new WM();
  const versionByRef = new MapC();
  const artifactsRoot = list(ws.artifacts);
  for (let i = 0; i < artifactsRoot.length; i++) {
    const a = artifactsRoot[i];
    const raw = list(a.versions);
    const versions = [];
    for (let k = 0; k < raw.length; k++) {
      const r = raw[k];
      const aliases = r.aliases === undefined ? [] : clone(r.aliases);
      const v = {
        name: a.name,
        type: a.type,
        version: r.version,
        aliases: aliases,
        alias: aliases[0] !== undefined ? aliases[0] : "v" + r.version,
        digest: r.digest,
        size: r.size,
        createdAt: date(r.createdAt, "artifacts[" + i + "].versions[" + k + "].createdAt"),
      };
      versions[k] = v;
      versionSet.set(v, true);
      versionByRef.set(a.name + ":v" + r.version, v);
    }
    artifactInfo.set(a, {
      name: a.name,
      link: "https://wandb.ai/" + entity + "/" + projectName + "/artifacts/" + a.type + "/" + a.name,
      versions: sorted(versions, (v) => v.version),
    });
  }

  // Runs.
  const runInfo = new WM();
  const runsRoot = list(ws.runs);
  function refs(run, field, i) {
    const out = [];
    const rs = list(run[field]);
    for (let k = 0; k < rs.length; k++) {
      const v = versionByRef.get(rs[k]);
      if (v === undefined) throw new Err("runs[" + i + "]." + field + "[" + k + "]: no artifact version " + rs[k]);
      out[k] = v;
    }
    return out;
  }
  for (let i = 0; i < runsRoot.length; i++) {
    const r = runsRoot[i];
    const user = users.get(r.user);
    if (user === undefined) throw new Err("runs[" + i + "].user: no user " + r.user);
    runInfo.set(r, {
      name: r.name !== undefined ? r.name : r.id,
      jobType: r.jobType,
      config: r.config !== undefined ? r.config : {},
      summary: r.summary !== undefined ? r.summary : {},
      createdAt: date(r.createdAt, "runs[" + i + "].createdAt"),
      heartbeatAt: date(r.heartbeatAt, "runs[" + i + "].heartbeatAt"),
      user: user,
      history: sorted(list(r.history), (row) => row._step),
      logged: refs(r, "loggedArtifacts", i),
      used: refs(r, "usedArtifacts", i),
    });
  }

  function runOf(run) {
    const info = run !== null && typeof run === "object" ? runInfo.get(run) : undefined;
    if (info === undefined) throw new TypeErr("not a Run");
    return info;
  }
  function artifactOf(a) {
    const info = a !== null && typeof a === "object" ? artifactInfo.get(a) : undefined;
    if (info === undefined) throw new TypeErr("not an Artifact");
    return info;
  }
  function versionOf(v) {
    if (v === null || typeof v !== "object" || !versionSet.has(v)) throw new TypeErr("not an ArtifactVersion");
    return v;
  }

  const ops = {
    runConfig(run) { return runOf(run).config; },
    runSummary(run) { return runOf(run).summary; },
    runCreatedAt(run) { return runOf(run).createdAt; },
    runHeartbeatAt(run) { return runOf(run).heartbeatAt; },
    runJobType(run) { return runOf(run).jobType; },
    runName(run) { return runOf(run).name; },
    runUser(run) { return runOf(run).user; },
    runRuntime(run) {
      const info = runOf(run);
      return (dateTime.call(info.heartbeatAt) - dateTime.call(info.createdAt)) / 1000;
    },
    runHistory(run) { return copy(runOf(run).history); },
    runLoggedArtifactVersions(run) { return copy(runOf(run).logged); },
    runUsedArtifactVersions(run) { return copy(runOf(run).used); },
    runLoggedArtifactVersion(run, spec) {
      const logged = runOf(run).logged;
      if (typeof spec !== "string") throw new TypeErr("runLoggedArtifactVersion: the spec must be a string");
      const at = spec.indexOf(":");
      const name = at < 0 ? spec : spec.slice(0, at);
      const alias = at < 0 ? "latest" : spec.slice(at + 1);
      for (let i = 0; i < logged.length; i++) {
        const v = logged[i];
        if (v.name !== name) continue;
        if ("v" + v.version === alias) return v;
        for (let k = 0; k < v.aliases.length; k++) if (v.aliases[k] === alias) return v;
      }
      return undefined;
    },
    artifactName(a) { return artifactOf(a).name; },
    artifactLink(a) { return artifactOf(a).link; },
    artifactVersions(a) { return copy(artifactOf(a).versions); },
    artifactVersionAlias(v) { return versionOf(v).alias; },
    artifactVersionCreatedAt(v) { return versionOf(v).createdAt; },
    artifactVersionDigest(v) { return versionOf(v).digest; },
    artifactVersionNumber(v) { return versionOf(v).version; },
    artifactVersionSize(v) { return versionOf(v).size; },
  };

  // Key order name, entity, runs, artifacts: canonical() drops the two function-valued
  // properties, leaving { name, entity } as Weft's Project gives.
  const project = {
    name: projectName,
    entity: entity,
    runs() { return runsRoot; },
    artifacts() { return artifactsRoot; },
  };

  // The clocked Date: V8's own Date, except that the current time is nowMs.
  function nowFn() { return nowMs; }
  defineProperty(nowFn, "name", { value: "now" });
  const ClockedDate = new ProxyC(OrigDate, {
    construct(target, args, newTarget) {
      return ReflectConstruct(target, args.length === 0 ? [nowMs] : args, newTarget);
    },
    apply() {
      return new OrigDate(nowMs).toString();
    },
    get(target, key) {
      return key === "now" ? nowFn : ReflectGet(target, key);
    },
  });

  const console = {
    log(...args) { sink("log", args); },
    warn(...args) { sink("warn", args); },
    error(...args) { sink("error", args); },
  };

  global.runs = runsRoot;
  global.artifacts = artifactsRoot;
  global.project = project;
  for (const k of ObjectKeys(ops)) global[k] = ops[k];
  global.console = console;
  global.Date = ClockedDate;
})`;

/**
 * Runs `source` as V8 does (see the file comment) over a fresh clone of `workspaceFile`, with the
 * clock at `options.now`. A JS exception the program throws propagates as it is.
 */
export function runInV8(source: string, workspaceFile: unknown, options: ReferenceOptions): ReferenceResult {
  return CACHE_DIR === undefined ? runFresh(source, workspaceFile, options) : runCached(CACHE_DIR, source, workspaceFile, options);
}

/**
 * An answer cache for mutation testing (vitest.mutation.config.ts sets WEFT_V8_CACHE to a
 * directory): the reference's answer to a program does not depend on Weft, so a run that tries
 * hundreds of mutants of Weft need not ask V8 again for each. An answer is kept under a hash of
 * the program, the workspace file, the clock, the time limit and this file's own text; answers
 * that cannot be serialised (a function in the value) are not kept. An error is kept as its name
 * and message, and comes back as an error of that class (of this realm) with that message.
 */
const CACHE_DIR = process.env.WEFT_V8_CACHE || undefined;
const SELF = (() => {
  try {
    return readFileSync(fileURLToPath(import.meta.url), "utf8");
  } catch {
    return "";
  }
})();
const fileHashes = new WeakMap<object, string>();

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function fileHash(file: unknown): string {
  if (file === null || typeof file !== "object") return sha256(JSON.stringify(file) ?? "undefined");
  let h = fileHashes.get(file);
  if (h === undefined) fileHashes.set(file, (h = sha256(JSON.stringify(file))));
  return h;
}

const STANDARD_ERRORS: Record<string, ErrorConstructor> = { Error, SyntaxError, TypeError, RangeError, ReferenceError, EvalError, URIError };

type CacheEntry = { result: ReferenceResult } | { threw: { name: string; message: string } };

function runCached(dir: string, source: string, workspaceFile: unknown, options: ReferenceOptions): ReferenceResult {
  const key = sha256(JSON.stringify([SELF, source, fileHash(workspaceFile), clockOf(options.now), options.timeoutMs ?? null]));
  const path = join(dir, key.slice(0, 2), key);
  let entry: CacheEntry | undefined;
  try {
    entry = deserialize(readFileSync(path)) as CacheEntry;
  } catch {
    entry = undefined;
  }
  if (entry !== undefined) {
    if ("result" in entry) return entry.result;
    const { name, message } = entry.threw;
    const Standard = STANDARD_ERRORS[name];
    const e = Standard ? new Standard(message) : new Error(message);
    e.name = name;
    throw e;
  }
  let fresh: CacheEntry;
  let result: ReferenceResult;
  try {
    result = runFresh(source, workspaceFile, options);
    fresh = { result };
  } catch (e) {
    const err = e as { name?: unknown; message?: unknown } | null;
    if (err !== null && typeof err === "object" && typeof err.name === "string" && typeof err.message === "string") {
      store(path, { threw: { name: err.name, message: err.message } });
    }
    throw e;
  }
  store(path, fresh);
  return result;
}

function store(path: string, entry: CacheEntry): void {
  let bytes: Buffer;
  try {
    bytes = serialize(entry);
  } catch {
    return; // a function or a symbol in the value: ask V8 every time
  }
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, bytes);
}

function runFresh(source: string, workspaceFile: unknown, options: ReferenceOptions): ReferenceResult {
  checkZone();
  const nowMs = clockOf(options.now);
  const script = new vm.Script(stripTypes(source), { filename: "program.js" });
  const log: ReferenceResult["console"] = [];
  const sink = (level: ConsoleLevel, args: unknown[]): void => {
    log.push({ level, text: Array.from(args, formatConsoleArg).join(" ") });
  };
  const context = vm.createContext({});
  const install = vm.runInContext(INSTALLER, context, { filename: "v8-reference-installer.js" }) as (
    global: unknown,
    file: unknown,
    nowMs: number,
    sink: (level: ConsoleLevel, args: unknown[]) => void,
  ) => void;
  install(vm.runInContext("globalThis", context), workspaceFile, nowMs, sink);
  const value: unknown = script.runInContext(context, { timeout: options.timeoutMs ?? 10_000 });
  return { value, console: log };
}
