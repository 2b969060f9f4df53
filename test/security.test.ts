/**
 * The sandbox (SPEC §5) against attacks from the public record. Every row is a Weft program an
 * attacker might write in a report panel, adapted from a published attack on another embeddable
 * expression language (the group says which), and every row asserts two things:
 *
 *  (a) refusal: the program fails with a `WeftError` (`type`, `syntax`, `runtime` or `limit`), or,
 *      where Weft answers, the answer is harmless: no host object, no native function, no
 *      prototype, no accessor anywhere in it (`leaks` below), and the embedder can turn it into
 *      JSON (`toJsonValue`) without harm. Some rows demand more: a `limit` error (memory and
 *      recursion), a `syntax` error (getters), or a particular answer;
 *  (b) an untouched host and workspace: `hostShot` and `workspaceShot` are taken before and after
 *      each program and must be equal; no evaluation is left active; and a canary program run
 *      after it sees exactly the workspace the first canary saw.
 *
 * Each program goes through both walls (`compile`: the checker, then the evaluator) and, as a
 * second pass, through the evaluator alone (`compileUnchecked`), which must refuse or answer
 * harmlessly too: the inner wall must hold even where the checker has a hole. Many rows launder
 * their values through `any` (`const r: any = runs`) so that they reach the evaluator at all.
 *
 * Memory and recursion rows are "guarded": each runs first in a child process (a copy of the
 * sources transpiled to a temporary directory; two long-lived children with a 1 GB heap, a child
 * killed and replaced when a row runs past its guard), so that a sandbox that hangs or runs out
 * of memory fails its row instead of taking the test process down; only once the child has
 * stopped as the row requires does the row run here, in-process, with the snapshots around it.
 * Nothing is timed: the guard is a hang guard, and timing belongs in bench/.
 *
 * A row marked `fails` is a known defect: the row states what the sandbox must do, the note what
 * it does instead, and it runs as `it.fails` until the sandbox is fixed.
 */
import { DICTIONARY_PROTOTYPE } from "../src/workspace/entities.js";
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { compile, loadWorkspace, toJsonValue, WeftError, Run, Artifact, ArtifactVersion, User, Project, type Program, type Workspace, type RunLimits, type CompileLimits } from "../src/index.js";
import { MAX_NESTING_CEILING } from "../src/limits.js";
import { compileUnchecked } from "../src/api.js";
import { Namespace } from "../src/runtime/values.js";
import { activeOrNone } from "../src/runtime/active.js";
import { sample, sampleFile, SAMPLE_NOW, SAMPLE_PATH } from "./helpers/weft.js";
import { hostShot, hostChanges } from "./helpers/host.js";

// ---------------------------------------------------------------------------------------------
// The host and the workspace, before and after

/** Everything a program could change in a workspace, as plain data. */
function workspaceShot(ws: Workspace): unknown {
  const json = (v: unknown) => JSON.stringify(v);
  return {
    project: [ws.project.name, ws.project.entity],
    users: ws.users.map((u) => [u.username, u.name]),
    runsLength: ws.runs.length,
    runs: ws.runs.map((r) => ({
      record: json(r.record),
      fields: [r.id, r.name, r.user.username, r.user.name, r.jobType, r.state],
      createdAt: r.createdAt.getTime(),
      heartbeatAt: r.heartbeatAt.getTime(),
      config: json(r.config),
      summary: json(r.summary),
      history: json(r.history),
      historyLength: r.history.length,
      logged: r.loggedArtifacts.map((v) => `${v.name}:v${v.version}`),
      used: r.usedArtifacts.map((v) => `${v.name}:v${v.version}`),
      frozen: [r, r.config, r.summary, r.history, r.loggedArtifacts, r.usedArtifacts].every((x) => Object.isFrozen(x)),
    })),
    artifactsLength: ws.artifacts.length,
    artifacts: ws.artifacts.map((a) => ({
      record: json(a.record),
      fields: [a.name, a.type, a.project.name, a.project.entity],
      versionsLength: a.versions.length,
      versions: a.versions.map((v) => ({
        fields: [v.name, v.type, v.version, v.alias, v.digest, v.size],
        aliases: [...v.aliases],
        createdAt: v.createdAt.getTime(),
        frozen: Object.isFrozen(v) && Object.isFrozen(v.aliases),
      })),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// What a harmless answer is

const HOST_OBJECTS = new Map<unknown, string>([
  [globalThis, "globalThis"],
  [process, "process"],
  [Function, "Function"],
  [Object, "Object"],
  [Array, "Array"],
  [String, "String"],
  [Number, "Number"],
  [Boolean, "Boolean"],
  [Date, "Date"],
  [Reflect, "Reflect"],
  [Proxy, "Proxy"],
  [JSON, "the host's JSON"],
  [Math, "the host's Math"],
  [console, "the host's console"],
  [Object.prototype, "Object.prototype"],
  [Array.prototype, "Array.prototype"],
  [Function.prototype, "Function.prototype"],
  [String.prototype, "String.prototype"],
  [Number.prototype, "Number.prototype"],
  [Boolean.prototype, "Boolean.prototype"],
  [Date.prototype, "Date.prototype"],
  [Run.prototype, "Run.prototype"],
  [Artifact.prototype, "Artifact.prototype"],
  [ArtifactVersion.prototype, "ArtifactVersion.prototype"],
  [Namespace.prototype, "Namespace.prototype"],
]);

/** The prototypes a value of a program may have. */
const SAFE_PROTOS = new Set<object | null>([
  null,
  DICTIONARY_PROTOTYPE,
  Object.prototype,
  Array.prototype,
  Date.prototype,
  Run.prototype,
  Artifact.prototype,
  ArtifactVersion.prototype,
  User.prototype,
  Project.prototype,
  Namespace.prototype,
]);

/**
 * What in a program's answer would hand the embedder (or a later program) something of the host:
 * a host object or prototype, a native function, an object with an unexpected prototype, an
 * accessor. Functions the program or the stdlib wrote are fine (they are Weft's own values).
 */
function leaks(value: unknown): string[] {
  const out: string[] = [];
  const seen = new Set<unknown>();
  const todo: [unknown, string][] = [[value, "value"]];
  while (todo.length > 0 && out.length < 10 && seen.size < 200_000) {
    const [v, path] = todo.pop()!;
    if (v === null || (typeof v !== "object" && typeof v !== "function")) continue;
    if (seen.has(v)) continue;
    seen.add(v);
    const host = HOST_OBJECTS.get(v);
    if (host) {
      out.push(`${path} is ${host}`);
      continue;
    }
    if (typeof v === "function") {
      if (/\[native code\]\s*\}$/.test(Function.prototype.toString.call(v))) out.push(`${path} is a native host function`);
      if (Object.getPrototypeOf(v) !== Function.prototype) out.push(`${path} is a function with an unexpected prototype`);
      continue;
    }
    if (!SAFE_PROTOS.has(Object.getPrototypeOf(v) as object | null)) out.push(`${path} has an unexpected prototype`);
    // Entities, namespaces and Dates are frozen workspace or builtin values, read only through their fields.
    if (v instanceof Run || v instanceof Artifact || v instanceof ArtifactVersion || v instanceof User || v instanceof Project || v instanceof Namespace || v instanceof Date) continue;
    for (const key of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, key)!;
      if (d.get || d.set) out.push(`${path}[${String(key)}] is an accessor`);
      else todo.push([d.value, `${path}[${JSON.stringify(String(key))}]`]);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The payloads

type Expectation =
  /** Any WeftError of kind type, syntax, runtime or limit. */
  | "refused"
  /** A `limit` error. */
  | "limit"
  /** A `syntax` error. */
  | "syntax"
  /** An answer (which must be harmless and pass `check`). */
  | "answer"
  /** Refused, or a harmless answer (that passes `check`, if any). The default. */
  | "either";

interface Payload {
  /** The program. */
  src: string;
  /** A title where the source is too long to be one. */
  name?: string;
  expect?: Expectation;
  /** More to ask of an answer. */
  check?: (value: unknown) => void;
  /** The workspace to attack (the sample's by default). */
  workspace?: () => Workspace;
  /** A program run after the payload, in a new evaluation, and what it must answer. */
  next?: readonly [string, unknown];
  /** Run first in a child process: memory and recursion. */
  guarded?: boolean;
  /** When guarded: also convert the answer to JSON (`toJsonValue`) in the child, as an embedder would. */
  toJson?: boolean;
  limits?: Partial<RunLimits>;
  /** Compile limits for the payload's `compile`. */
  compileLimits?: Partial<CompileLimits>;
  /**
   * A deep source: the raw `RangeError: Invalid array length` that Chevrotain throws, at random,
   * when the parser runs out of stack is let through here. That defect has its own row (below,
   * compiled in several fresh processes), so that these rows do not fail one run in five.
   */
  chevrotain?: boolean;
  /** When guarded: how many fresh processes to try it in (the first that misbehaves counts). */
  processes?: number;
  /** A known defect: what happens instead. The row runs as `it.fails`. */
  fails?: string;
}

/** A workspace whose data holds the keys an attacker would like to read (the embedder is trusted; its data may still be odd). */
function hostileWorkspace(): Workspace {
  const file = structuredClone(sampleFile) as { runs: { config?: Record<string, unknown> }[] };
  const extra = JSON.parse('{"key": "constructor", "proto": "__proto__", "constructor": "own", "toString": "own too", "nested": {"__proto__": {"polluted": 1}}}') as Record<string, unknown>;
  file.runs[0]!.config = { ...file.runs[0]!.config, ...extra };
  return loadWorkspace(file);
}
let hostile: Workspace | undefined;
const hostileWs = (): Workspace => (hostile ??= hostileWorkspace());

/** The answer has no prototype and no `polluted` property anywhere on its chain. */
const unpolluted = (value: unknown): void => {
  expect(value).not.toBeNull();
  expect(Object.getPrototypeOf(value)).toBe(DICTIONARY_PROTOTYPE);
  expect((value as Record<string, unknown>).polluted).toBeUndefined();
};

const FORTY = `Array.from("x".repeat(40))`;
const repeatSrc = (open: string, core: string, close: string, n: number): string => open.repeat(n) + core + close.repeat(n);

const groups: [string, Payload[]][] = [
  [
    "expr-eval CVE-2025-12735 (function injection through the context and member functions)",
    [
      { src: `runName.constructor("return process")()`, expect: "refused" },
      { src: `Math.max.constructor("return process")()`, expect: "refused" },
      { src: `const f: any = Math.max; f["constructor"]("return process")()`, expect: "refused" },
      { src: `const log: any = console.log; log["constructor"]("return process")()`, expect: "refused" },
      { src: `const f: any = runName; f.call(null, runs[0])`, expect: "refused" },
      { src: `const ctx: any = { runName }; ctx.runName["constructor"]("return process")()`, expect: "refused" },
      { src: `const ctx: any = { f: Date.now }; ctx.f["constructor"]("return process")()`, expect: "refused" },
      { src: `const o: any = { f: (x: any) => x }; o.f["constructor"]("return process")()`, expect: "refused" },
      { src: `const runName = (r: Run) => process; runName(runs[0])`, expect: "refused" },
      { src: `const o: any = { valueOf: runName }; o + 1`, expect: "refused" },
      { src: `JSON.parse("{}", (k: string, v: any) => runName)`, check: (v) => expect(typeof v === "function" || v === undefined).toBe(true) },
    ],
  ],
  [
    "expr-eval CVE-2025-13204 (prototype pollution through __proto__)",
    [
      { src: `x = {}; x.__proto__.polluted = 1`, expect: "refused" },
      { src: `let x = {}; x.__proto__.polluted = 1`, expect: "refused" },
      { src: `let x: any = {}; x["__proto__"].polluted = 1`, expect: "refused" },
      { src: `({})["__proto__"]["polluted"] = 1`, expect: "refused" },
      { src: `const o: any = {}; o["__pro" + "to__"]["polluted"] = 1`, expect: "refused" },
      { src: `let x: any = {}; x["__proto__"] = { polluted: 1 }; x`, expect: "refused" },
      { src: `let x: any = {}; x.__proto__ ??= { polluted: 1 }; x`, expect: "refused" },
      { src: `Object.fromEntries([["__proto__", { a: 1 }]])`, check: unpolluted },
      { src: `const p = "__proto__"; const o = { [p]: { polluted: 1 } }; o`, check: unpolluted },
      { src: `const __proto__ = { polluted: 1 }; ({ __proto__ })`, check: unpolluted },
      { src: `const k: any = { toString: () => "__proto__" }; const o: any = {}; o[k] = { polluted: 1 }; o`, expect: "refused" },
      { src: `const c: any = runConfig(runs[0]); c["__proto__"]["polluted"] = 1`, expect: "refused" },
      { src: `const xs: any = []; xs["__proto__"]["polluted"] = 1`, expect: "refused" },
      { src: `const h: any = runHistory(runs[0])[0]; h["__proto__"] = { polluted: 1 }`, expect: "refused" },
    ],
  ],
  [
    "static-eval CVE-2017-16226 and its bypasses",
    [
      { src: `(x => x).constructor("return process")()`, expect: "refused" },
      { src: `const f: any = (x: any) => x; f["constructor"]("return process")()`, expect: "refused" },
      { src: `[].map.constructor("return process")()`, expect: "refused" },
      { src: `const xs: any = []; xs["map"]["constructor"]("return process")()`, expect: "refused" },
      { src: `"".sub.constructor("return process")()`, expect: "refused" },
      { src: `const s: any = ""; s["sub"]["constructor"]("return process")()`, expect: "refused" },
      { src: `runs.filter.constructor("return process")()`, expect: "refused" },
      { src: `const r: any = runs; r["filter"]["constructor"]("return process")()`, expect: "refused" },
      { src: `"".constructor.constructor("return process")()`, expect: "refused" },
      { src: `(function () {}).constructor("return process")()`, expect: "syntax" },
    ],
  ],
  [
    "jexl: bracket notation to constructor, with computed keys",
    [
      { src: `runs["constructor"]["constructor"]("return this")()`, expect: "refused" },
      { src: `const r: any = runs; r["constructor"]["constructor"]("return this")()`, expect: "refused" },
      { src: `const k = "constr" + "uctor"; const r: any = runs; r[k][k]("return this")()`, expect: "refused" },
      { src: `const k = String.fromCharCode(99, 111, 110, 115, 116, 114, 117, 99, 116, 111, 114); const r: any = runs; r[k][k]("return this")()`, expect: "refused" },
      { src: "const k = `constr${\"uctor\"}`; const r: any = runs; r[k][k](\"return this\")()", expect: "refused" },
      { src: `const k = [..."constructor"].join(""); const r: any = runs; r[k][k]("return this")()`, expect: "refused" },
      { src: `const k = JSON.parse('"constructor"'); runs[k][k]("return this")()`, expect: "refused" },
      { src: `const k = Object.keys({ constructor: 1 })[0]; const r: any = runs; r[k][k]("return this")()`, expect: "refused" },
      { src: `const k = "CONSTRUCTOR".toLowerCase(); const d: any = new Date(); d[k][k]("return this")()`, expect: "refused" },
      { src: `const k = " constructor ".trim(); const f: any = runName; f[k]`, expect: "refused" },
      { src: `const r: any = runs; r["\\u0063onstructor"]`, expect: "refused" },
      { src: `const r: any = runs; r[["constructor"]]`, expect: "refused" },
      { src: `const r: any = runs; r[{ toString: () => "constructor" }]`, expect: "refused" },
      { src: `const k = "constructor"; const m: any = Math; m[k]`, expect: "refused" },
      // Keys read from the workspace's own data.
      { src: `const c: any = runConfig(runs[0]); const r: any = runs; r[c.key][c.key]("return this")()`, workspace: hostileWs, expect: "refused" },
      { src: `const c: any = runConfig(runs[0]); c[c.proto]`, workspace: hostileWs, expect: "refused" },
      { src: `const c: any = runConfig(runs[0]); [c["constructor"], c["toString"]]`, workspace: hostileWs, check: (v) => expect(v).toEqual(["own", "own too"]) },
      { src: `const c: any = runConfig(runs[0]); c.nested["__proto__"]`, workspace: hostileWs, check: (v) => expect(JSON.stringify(v)).toBe('{"polluted":1}') },
      { src: `const c: any = runConfig(runs[0]); c.nested["__proto__"].polluted = 2; ({ ...c.nested })`, workspace: hostileWs, check: unpolluted },
    ],
  ],
  [
    "JSONata: prototype pollution through merges ($merge, Object.assign-like writes, spreads)",
    [
      {
        src: `const merge = (t: any, s: any) => { for (const k of Object.keys(s)) t[k] = s[k]; return t }\nmerge({}, JSON.parse('{"__proto__": {"polluted": 1}}'))`,
        expect: "refused",
      },
      {
        src: `const merge = (t: any, s: any): any => { for (const k of Object.keys(s)) { if (typeof s[k] === "object") { t[k] = t[k] ?? {}; merge(t[k], s[k]) } else t[k] = s[k] } return t }\nmerge({}, JSON.parse('{"__proto__": {"polluted": 1}}'))`,
        expect: "refused",
      },
      {
        src: `const merge = (t: any, s: any): any => { for (const k of Object.keys(s)) { if (typeof s[k] === "object") { t[k] = t[k] ?? {}; merge(t[k], s[k]) } else t[k] = s[k] } return t }\nmerge({}, JSON.parse('{"constructor": {"prototype": {"polluted": 1}}}'))`,
        expect: "refused",
      },
      {
        src: `const src = JSON.parse('{"__proto__": {"polluted": 1}}'); Object.keys(src).reduce((acc: any, k: string) => { acc[k] = src[k]; return acc }, {})`,
        expect: "refused",
      },
      { src: `const o = { a: 1 }; ({ ...o, __proto__: { polluted: 1 } })`, expect: "refused" },
      { src: `const o = JSON.parse('{"__proto__": {"polluted": 1}}'); ({ ...o })`, check: unpolluted },
      { src: `const o = JSON.parse('{"__proto__": {"polluted": 1}}'); [o.polluted, ({ ...o }).polluted]`, check: (v) => expect(v).toEqual([undefined, undefined]) },
      { src: `Object.fromEntries(Object.entries(JSON.parse('{"__proto__": {"polluted": 1}}')))`, check: unpolluted },
    ],
  ],
  [
    "safe-eval: constructor.constructor('return process')()",
    [
      { src: `this.constructor.constructor("return process")()`, expect: "refused" },
      { src: `constructor.constructor("return process")()`, expect: "refused" },
      { src: `({}).constructor.constructor("return process")().mainModule.require("child_process")`, expect: "refused" },
      { src: `const o: any = {}; o["constructor"]["constructor"]("return process")()`, expect: "refused" },
      { src: `const r: any = runs[0]; r["constructor"]["constructor"]("return process")()`, expect: "refused" },
      { src: `const p: any = project; p["constructor"]["constructor"]("return process")()`, expect: "refused" },
      { src: `const v: any = artifactVersions(artifacts[0])[0]; v["constructor"]["constructor"]("return process")()`, expect: "refused" },
    ],
  ],
  [
    "vm2-style escapes: reaching the host's globals",
    [
      { src: `this.constructor`, expect: "refused" },
      { src: `globalThis`, expect: "refused" },
      { src: `globalThis.process.mainModule.require("child_process").execSync("id")`, expect: "refused" },
      { src: `process.exit(1)`, expect: "refused" },
      { src: `process.env`, expect: "refused" },
      { src: `require("fs").readFileSync("/etc/passwd")`, expect: "refused" },
      { src: `import("fs")`, expect: "refused" },
      { src: `eval("1 + 1")`, expect: "refused" },
      { src: `Function("return this")()`, expect: "refused" },
      { src: `Reflect.ownKeys(runs)`, expect: "refused" },
      { src: `new Proxy({}, {})`, expect: "refused" },
      { src: `Symbol.iterator`, expect: "refused" },
      { src: `new WeakRef({})`, expect: "refused" },
      { src: `new Error("x").stack`, expect: "refused" },
      { src: `module.exports`, expect: "refused" },
      { src: `arguments`, expect: "refused" },
      { src: `setTimeout(() => 1, 0)`, expect: "refused" },
      { src: `fetch("https://example.com")`, expect: "refused" },
      { src: `Buffer.from("x")`, expect: "refused" },
      { src: `structuredClone({})`, expect: "refused" },
      { src: `WebAssembly`, expect: "refused" },
      { src: `const O: any = Object; O.getPrototypeOf(runs)`, expect: "refused" },
      { src: `const O: any = Object; O.defineProperty({}, "x", { get: () => 1 })`, expect: "refused" },
      { src: `const O: any = Object; O.setPrototypeOf({}, null)`, expect: "refused" },
      { src: `const O: any = Object; O.assign({}, { a: 1 })`, expect: "refused" },
      { src: `new Array(3)`, expect: "refused" },
      { src: `const A: any = Array; A["prototype"]`, expect: "refused" },
      // An Intl option that is a function: the host converts it to a string, which must not hand back a host function's text.
      { src: `const o: any = { usage: runName }; "a".localeCompare("b", "en", o)` },
      { src: `const o: any = { usage: (x: any) => x }; "a".localeCompare("b", "en", o)` },
    ],
  ],
  [
    "prototype reach through Dates",
    [
      { src: `new Date().constructor`, expect: "refused" },
      { src: `const d: any = new Date(); d["constructor"]("return process")`, expect: "refused" },
      { src: `runCreatedAt(runs[0])["__proto__"]`, expect: "refused" },
      { src: `const d: any = runCreatedAt(runs[0]); d["__proto__"]`, expect: "refused" },
      { src: `const d: any = new Date(); d["__defineGetter__"]("x", () => 1)`, expect: "refused" },
      { src: `const d: any = new Date(); d["toGMTString"]()`, expect: "refused" },
      { src: `const d: any = artifactVersions(artifacts[0])[0].createdAt; d["constructor"]`, expect: "refused" },
    ],
  ],
  [
    "prototype reach through functions",
    [
      { src: `runName.call(null, runs[0])`, expect: "refused" },
      { src: `runName.bind(null)`, expect: "refused" },
      { src: `runName["apply"](null, [runs[0]])`, expect: "refused" },
      { src: `const f: any = runName; f["apply"](null, [runs[0]])`, expect: "refused" },
      { src: `(x => x).prototype`, expect: "refused" },
      { src: `const f: any = (x: any) => x; f["prototype"]`, expect: "refused" },
      { src: `const f: any = runName; [f["caller"], f["arguments"]]`, expect: "refused" },
      { src: `const f: any = runName; f.toString()`, expect: "refused" },
      { src: `String(runName)`, expect: "refused" },
      { src: `const f: any = Number.parseFloat; f["constructor"]`, expect: "refused" },
    ],
  ],
  [
    "prototype reach through strings, numbers, booleans and arrays",
    [
      { src: `"a".constructor.fromCharCode(65)`, expect: "refused" },
      { src: `const s: any = "a"; s["constructor"]["fromCharCode"](65)`, expect: "refused" },
      { src: `const s: any = "a"; s["__proto__"]`, expect: "refused" },
      { src: `const s: any = "a"; s["big"]()`, expect: "refused" },
      { src: `(1).constructor`, expect: "refused" },
      { src: `const n: any = 1; n["constructor"]`, expect: "refused" },
      { src: `const n: any = 1; n["__proto__"]`, expect: "refused" },
      { src: `const b: any = true; b["constructor"]`, expect: "refused" },
      { src: `[].constructor`, expect: "refused" },
      { src: `const a: any = []; a["constructor"]`, expect: "refused" },
      { src: `const a: any = runs; a["__proto__"]`, expect: "refused" },
      { src: `const a: any = []; a["entries"]()`, expect: "refused" },
      { src: `const a: any = []; a["push"]`, expect: "refused" },
    ],
  ],
  [
    "prototype reach through entities",
    [
      { src: `runs[0].constructor`, expect: "refused" },
      { src: `runs[0]["__proto__"]`, expect: "refused" },
      { src: `const r: any = runs[0]; r["__proto__"]`, expect: "refused" },
      { src: `const r: any = runs[0]; r["toJSON"]()`, expect: "refused" },
      { src: `const r: any = runs[0]; [r["record"], r["config"]]`, expect: "refused" },
      { src: `project.constructor`, expect: "refused" },
      { src: `const p: any = project; p["toJSON"]`, expect: "refused" },
      { src: `const u: any = runUser(runs[0]); u["constructor"]`, expect: "refused" },
      { src: `const v: any = artifactVersions(artifacts[0])[0]; v["__proto__"]`, expect: "refused" },
      { src: `const a: any = artifacts[0]; a["project"]`, expect: "refused" },
    ],
  ],
  [
    "prototype reach through namespaces",
    [
      { src: `Math.constructor`, expect: "refused" },
      { src: `const m: any = Math; m["constructor"]`, expect: "refused" },
      { src: `const j: any = JSON; j["__proto__"]`, expect: "refused" },
      { src: `console.constructor`, expect: "refused" },
      { src: `const c: any = console; c["constructor"]`, expect: "refused" },
      { src: `const m: any = Math; [m["members"], m["name"]]`, expect: "refused" },
      { src: `const j: any = JSON; j["toJSON"]()`, expect: "refused" },
      { src: `const m: any = Math; m.random()`, expect: "refused" },
    ],
  ],
  [
    "JSON.parse('{\"__proto__\": …}'), then read and merged",
    [
      { src: `JSON.parse('{"__proto__": {"polluted": 1}}')`, check: unpolluted },
      { src: `const o = JSON.parse('{"__proto__": {"polluted": 1}}'); o.polluted`, check: (v) => expect(v).toBeUndefined() },
      { src: `const o = JSON.parse('{"__proto__": {"polluted": 1}}'); o["__proto__"]`, check: (v) => expect(JSON.stringify(v)).toBe('{"polluted":1}') },
      { src: `const o = JSON.parse('{"a": {"__proto__": {"polluted": 1}}}', (k: string, v: any) => v); o.a`, check: unpolluted },
      { src: `const o = JSON.parse('{"__proto__": {"polluted": 1}}'); const e = {}; const m = { ...e, ...o }; Object.keys(m)`, check: (v) => expect(v).toEqual(["__proto__"]) },
    ],
  ],
  [
    "toString, valueOf and toJSON tricks",
    [
      { src: `const key: any = { toString: () => "constructor" }; const r: any = runs; r[key]`, expect: "refused" },
      { src: `const key: any = { valueOf: () => "__proto__", toString: () => "__proto__" }; const o: any = {}; o[key]`, expect: "refused" },
      { src: `const o: any = { toString: () => "constructor" }; "" + o`, check: (v) => expect(v).toBe("constructor") },
      { src: "`${{ toString: () => runName }}`", expect: "refused" },
      { src: `String({ toString: () => runs })`, expect: "refused" },
      { src: `JSON.stringify({ toJSON: () => runs[0] })`, check: (v) => expect(typeof v).toBe("string") },
      { src: `JSON.stringify(project, (k: string, v: any) => (k === "" ? Object.keys(v) : v))`, check: (v) => expect(v).toBe('["name","entity"]') },
      {
        src: `let stash: any = null; JSON.stringify(artifactVersions(artifacts[0])[0], (k: string, v: any) => { if (k === "") stash = v; return v }); [stash["constructor"], stash["__proto__"]]`,
        expect: "refused",
      },
      { src: `const o: any = { toJSON: () => process }; JSON.stringify(o)`, expect: "refused" },
    ],
  ],
  [
    "getters and setters (none exist)",
    [
      { src: `({ get x() { return 1 } })`, expect: "syntax" },
      { src: `({ set x(v) { } })`, expect: "syntax" },
      { src: `({ get ["x"]() { return 1 } })`, expect: "syntax" },
      { src: `({ x() { return 1 } })`, expect: "syntax" },
    ],
  ],
  [
    "writes to prototypes, builtins and the workspace",
    [
      { src: `let o: any = {}; o.__proto__ = { polluted: 1 }`, expect: "refused" },
      { src: `let o: any = {}; o["constructor"] = 1; o["prototype"] = 2; o`, check: (v) => { expect(Object.getPrototypeOf(v)).toBe(DICTIONARY_PROTOTYPE); expect(Object.keys(v as object)).toEqual(["constructor", "prototype"]); } },
      { src: `const r: any = runs; r["constructor"] = 1`, expect: "refused" },
      { src: `const r: any = runs; r["__proto__"] = {}`, expect: "refused" },
      { src: `const f: any = runName; f["prototype"] = {}`, expect: "refused" },
      { src: `runs[0] = runs[1]`, next: ["runName(runs[0])", "daring-cherry-60"] },
      { src: `const r: any = runs; r[0] = 1; r[0]`, check: (v) => expect(v).toBe(1), next: ["runs[0].id", sample.runs[0]!.id] },
      { src: `runs.length = 0; runs.length`, check: (v) => expect(v).toBe(0), next: ["runs.length", 60] },
      { src: `runConfig(runs[0]).x = 1; runConfig(runs[0]).x`, check: (v) => expect(v).toBe(1), next: ["runConfig(runs[0]).x", undefined] },
      { src: `runConfig(runs[0]).learning_rate = 99`, next: ["runConfig(runs[0]).learning_rate", sample.runs[0]!.config.learning_rate] },
      { src: `runCreatedAt(runs[0]).setTime(0); runCreatedAt(runs[0]).getTime()`, check: (v) => expect(v).toBe(0), next: ["runCreatedAt(runs[0]).getTime()", sample.runs[0]!.createdAt.getTime()] },
      { src: `artifactVersions(artifacts[0])[0].aliases.push("pwned")`, next: ["artifactVersions(artifacts[0])[0].aliases.includes(\"pwned\")", false] },
      { src: `Math.PI = 3`, expect: "refused" },
      { src: `const m: any = Math; m.PI = 3`, expect: "refused" },
      { src: `JSON.stringify = (x: any) => "pwned"`, expect: "refused" },
      { src: `const j: any = JSON; j.stringify = (x: any) => "pwned"`, expect: "refused" },
      { src: `console.log = (x: any) => 1`, expect: "refused" },
      { src: `const c: any = console; c["log"] = (x: any) => 1`, expect: "refused" },
      { src: `runName = (r: Run) => "pwned"`, expect: "refused" },
      { src: `const D: any = Date; D.now = () => 0`, expect: "refused" },
      { src: `const O: any = Object; O.keys = () => []`, expect: "refused" },
      { src: `const N: any = Number; N["prototype"] = null`, expect: "refused" },
      { src: `project.name = "pwned"`, expect: "refused" },
      { src: `const v: any = artifactVersions(artifacts[0])[0]; v.size = 0`, expect: "refused" },
      { src: `const u: any = runUser(runs[0]); u.name = "pwned"`, expect: "refused" },
      { src: `const s: any = "abc"; s[0] = "x"`, expect: "refused" },
    ],
  ],
  [
    "expr-lang CVE-2025-29786 (unbounded memory)",
    [
      { src: `"x".repeat(1e9)`, expect: "limit", guarded: true },
      { src: `"x".repeat(2 ** 28).length`, expect: "limit", guarded: true },
      { src: `let s = "x"; for (const i of ${FORTY}) s = s + s; s.length`, expect: "limit", guarded: true },
      { src: `let s = "x"; for (const i of ${FORTY}) s += s; s.length`, expect: "limit", guarded: true },
      { src: "let s = \"x\"; for (const i of " + FORTY + ") s = `${s}${s}`; s.length", expect: "limit", guarded: true },
      { src: `let s = "x"; for (const i of ${FORTY}) s = s.concat(s); s.length`, expect: "limit", guarded: true },
      { src: `let s = "x"; for (const i of ${FORTY}) s = [s, s].join(""); s.length`, expect: "limit", guarded: true },
      { src: `let s = "x"; for (const i of ${FORTY}) s = s.padEnd(s.length * 2, s); s.length`, expect: "limit", guarded: true },
      { src: `let a = [1]; for (const i of ${FORTY}) a = a.concat(a); a.length`, expect: "limit", guarded: true },
      { src: `let a = [1]; for (const i of ${FORTY}) a = [...a, ...a]; a.length`, expect: "limit", guarded: true },
      { src: `let a = [1]; for (const i of ${FORTY}) a.push(...a); a.length`, expect: "limit", guarded: true },
      // flatMap checks the length only after the host has built the array: with the default maxArrayLength that is 16M elements, 8 s and 600 MB.
      { src: `let a = [1]; for (const i of ${FORTY}) a = a.flatMap((x: number) => [x, x]); a.length`, limits: { maxArrayLength: 1e6 }, expect: "limit", guarded: true },
      { src: `Array.from({ length: 1e9 })`, expect: "refused", guarded: true },
      { src: `Array.from("x".repeat(1e9))`, expect: "limit", guarded: true },
      { src: `[...Array(1e9)]`, expect: "refused", guarded: true },
      { src: `[..."x".repeat(2e7)].length`, expect: "limit", guarded: true },
      { src: `"x".padStart(1e10)`, expect: "limit", guarded: true },
      { src: `"x".padEnd(Infinity)`, expect: "limit", guarded: true },
      { src: `"ab".repeat(Infinity)`, expect: "limit", guarded: true },
      { src: `const a: any[] = []; a.length = 1e9; a.length`, expect: "limit", guarded: true },
      { src: `const a: any[] = []; a[4294967294] = 1; a.length`, expect: "limit", guarded: true },
      { src: `"x".repeat(5e7).split("").length`, expect: "limit", guarded: true },
      { src: `const o: any = {}; let n = 0; for (const c of "x".repeat(2e5)) { o["k" + n] = 1; n++ } Object.keys(o).length`, limits: { maxObjectSize: 1e5 }, expect: "limit", guarded: true },
      { src: `JSON.stringify(Array.from("x".repeat(1e5), () => "xxxxxxxxxxxxxxxxxxxx")).length`, limits: { maxStringLength: 1e6 }, expect: "limit", guarded: true },
      {
        name: "JSON.stringify of an array that shares itself 40 levels deep (2^40 leaves)",
        limits: { timeoutMs: 1000 },
        src: `let a: any = [1]; for (const i of ${FORTY}) a = [a, a]; JSON.stringify(a).length`,
        expect: "limit",
        guarded: true,
        
      },
      {
        name: "JSON.stringify of an object that shares itself 40 levels deep",
        limits: { timeoutMs: 1000 },
        src: `let o: any = { a: 1 }; for (const i of ${FORTY}) o = { l: o, r: o }; JSON.stringify(o).length`,
        expect: "limit",
        guarded: true,
        
      },
      {
        name: "String() of an array that shares itself 40 levels deep",
        limits: { timeoutMs: 1000 },
        src: `let a: any = [1]; for (const i of ${FORTY}) a = [a, a]; String(a).length`,
        expect: "limit",
        guarded: true,
        
      },
      {
        name: "flat(Infinity) of an array that shares itself 40 levels deep",
        limits: { timeoutMs: 1000 },
        src: `let a: any = [1]; for (const i of ${FORTY}) a = [a, a]; a.flat(Infinity).length`,
        expect: "limit",
        guarded: true,
        
      },
      {
        name: "console.log of an array that shares itself 40 levels deep",
        limits: { timeoutMs: 1000 },
        src: `let a: any = [1]; for (const i of ${FORTY}) a = [a, a]; console.log(a)`,
        expect: "limit",
        guarded: true,
        
      },
      {
        name: "an answer that shares itself 40 levels deep, turned into JSON by the embedder (toJsonValue)",
        limits: { timeoutMs: 1000 },
        src: `let a: any = [1]; for (const i of ${FORTY}) a = [a, a]; a`,
        expect: "limit",
        guarded: true,
        toJson: true,
      },
      {
        name: "30 strings of 100M characters, each upper-cased (every one within maxStringLength)",
        src: `Array.from("x".repeat(30), (c: string, i: number) => "x".repeat(1e8 - i).toUpperCase()).length`,
        expect: "limit",
        guarded: true,
      },
      {
        name: "100 arrays of 10M one-character strings (every one within maxArrayLength)",
        src: `Array.from("x".repeat(100), () => "x".repeat(1e7).split("")).length`,
        expect: "limit",
        guarded: true,
      },
      {
        name: "60 copies of a 100M-character string, each kept and flattened by a search",
        src: `const big = "x".repeat(1e8 - 10); Array.from("x".repeat(60), (c: string, i: number) => { const s = big + i; s.indexOf("y"); return s; }).length`,
        expect: "limit",
        guarded: true,
        fails: "a concatenation is charged its shorter part, and the host's flattening of `big + i` (a copy of big) is not charged: 6 GB, or the process aborts",
      },
    ],
  ],
  [
    "expr-lang CVE-2025-68156 (deep recursion)",
    [
      { src: `const f = (n: number): number => f(n + 1); f(0)`, expect: "limit", guarded: true },
      { src: `const f = (n: number): number => { return f(n) }; f(1)`, expect: "limit", guarded: true },
      {
        src: `const f = (n: number): number => n === 0 ? 0 : 1 + f(n - 1); f(20000)`,
        name: "f(20,000) with maxCallDepth raised to 100,000, past what the host's stack holds",
        limits: { maxCallDepth: 100_000 },
        expect: "limit",
        guarded: true,
        
      },
      { src: `const f = (...a: number[]): number => f(...a, 1); f()`, expect: "limit", guarded: true },
      { src: `const even = (n: number): boolean => n === 0 ? true : odd(n - 1); const odd = (n: number): boolean => n === 0 ? false : even(n - 1); even(1e6)`, expect: "limit", guarded: true },
      { src: `const f = (x: number): any => [x].map(f); f(1)`, expect: "limit", guarded: true },
      { src: `const f = (a: number[]): number[] => a.sort(() => f(a).length); f([1, 2])`, expect: "limit", guarded: true },
      { src: `const f = (x: number): any => JSON.parse("[1]", () => f(x)); f(1)`, expect: "limit", guarded: true },
      { src: `const f = (s: string): string => s.replace("a", () => f(s)); f("a")`, expect: "limit", guarded: true },
      { src: `const o: any = { toString: () => "" + o }; "" + o`, expect: "limit", guarded: true },
      // With the default maxSteps (50M) this runs 5–10 s before it stops: see limits.test.ts.
      { src: `const f = (n: number): number => n < 2 ? n : f(n - 1) + f(n - 2); f(60)`, limits: { maxSteps: 2e6 }, expect: "limit", guarded: true },
      { name: "20,000 nested parentheses", src: repeatSrc("(", "1", ")", 20_000), expect: "limit", guarded: true, chevrotain: true },
      { name: "20,000 nested array literals", src: repeatSrc("[", "", "]", 20_000), expect: "limit", guarded: true, chevrotain: true },
      { name: "20,000 nested object literals", src: "(" + repeatSrc("{ a: ", "1", " }", 20_000) + ")", expect: "limit", guarded: true, chevrotain: true },
      { name: "20,000 nested blocks", src: repeatSrc("{", "", "}", 20_000), expect: "limit", guarded: true, chevrotain: true },
      { name: "20,000 nested template literals", src: repeatSrc("`${", "1", "}`", 20_000), expect: "limit", guarded: true, chevrotain: true },
      { name: "20,000 nested arrow calls", src: repeatSrc("((x: any) => ", "1", ")(0)", 20_000), expect: "limit", guarded: true, chevrotain: true },
      {
        name: "f(f(f(…))) 99 deep (under the default maxNesting): compiled once a node, not twice a level",
        src: "const f = (x: number): number => x; " + repeatSrc("f(", "1", ")", 99),
        expect: "answer",
        check: (value) => expect(value).toBe(1),
        guarded: true,
      },
      { name: "!!!!…x, 50,000 deep", src: "const x = true; " + "!".repeat(50_000) + "x", expect: "limit", guarded: true, chevrotain: true },
      { name: "- - - …1, 50,000 deep", src: "- ".repeat(50_000) + "1", expect: "limit", guarded: true, chevrotain: true },
      { name: "typeof typeof …1, 50,000 deep", src: "typeof ".repeat(50_000) + "1", expect: "limit", guarded: true, chevrotain: true },
      {
        name: "a.a.a.a… 50,000 long",
        src: "const a: any = {}; a.a = a; a" + ".a".repeat(50_000),
        expect: "limit",
        guarded: true,
        
      },
      {
        name: "a?.a?.a… 50,000 long",
        src: "const a: any = {}; a" + "?.a".repeat(50_000),
        expect: "limit",
        guarded: true,
        
      },
      {
        name: "runs[0][0][0]… 50,000 long",
        src: "const r: any = runs; r" + "[0]".repeat(50_000),
        expect: "limit",
        guarded: true,
        
      },
      {
        name: "f()()()… 50,000 calls",
        src: "const f: any = () => f; f" + "()".repeat(50_000),
        expect: "limit",
        guarded: true,
        
      },
      {
        name: "1 + 2 + … + 100,000",
        src: Array.from({ length: 100_000 }, (_, i) => String(i + 1)).join(" + "),
        expect: "limit",
        guarded: true,
        
      },
      {
        name: "true && true && … 100,000 terms",
        src: "true" + " && true".repeat(100_000),
        expect: "limit",
        guarded: true,
        
      },
      { name: "2 ** 1 ** 1 … 100,000 terms", src: "2" + " ** 1".repeat(100_000), expect: "limit", guarded: true, chevrotain: true },
      {
        name: "true ? true ? … : 0, 30,000 deep, compiled in 4 fresh processes",
        src: "true ? ".repeat(30_000) + "1" + " : 0".repeat(30_000),
        expect: "limit",
        guarded: true,
        processes: 4,
        
      },
      {
        name: "x => x => … 30,000 arrows",
        src: "(x: any) => ".repeat(30_000) + "1",
        expect: "limit",
        guarded: true,
        chevrotain: true,
      },
      {
        name: "a = a = a = … 50,000 assignments",
        src: "let a = 0; " + "a = ".repeat(50_000) + "1",
        expect: "limit",
        guarded: true,
        chevrotain: true,
      },
      { name: "if (true) if (true) … 50,000 deep", src: "if (true) ".repeat(50_000) + "1", expect: "limit", guarded: true, chevrotain: true },
      {
        name: "1;1;1;… a source of 1M characters, at the default maxSourceLength",
        src: "1;".repeat(499_999),
        expect: "limit",
        guarded: true,
        
      },
      {
        name: "100 nested parentheses, the default maxNesting, compile and run (in a fresh process)",
        src: repeatSrc("(", "1", ")", 100),
        expect: "answer",
        check: (value) => expect(value).toBe(1),
        guarded: true,
        processes: 1,
      },
      // At the highest maxNesting an embedder may set, the costliest brackets for the parser's stack.
      ...[
        ["[[…]]", repeatSrc("[", "1", "]", 150)],
        ["f(f(…))", "const f = (x: any) => x; " + repeatSrc("f(", "1", ")", 150)],
        ["f(...[f(...[…])])", "const f = (...x: any[]) => x; " + repeatSrc("f(...[", "1", "])", 75)],
        ["({ a: [({ a: […] })] })", repeatSrc("({ a: [", "1", "] })", 50)],
        // 149: the innermost `()` is a bracket deeper still.
        ["(() => (() => …)())()", repeatSrc("(() => ", "1", ")()", 149)],
      ].map(([what, src]): Payload => ({
        name: `${what} at maxNesting ${MAX_NESTING_CEILING}, its ceiling, compiles and runs in a fresh process`,
        src: src!,
        compileLimits: { maxNesting: MAX_NESTING_CEILING },
        limits: { maxCallDepth: 1000 },
        expect: "answer",
        guarded: true,
        processes: 1,
      })),
      { src: `let a: any = []; for (const c of "x".repeat(1e6)) a = [a]; JSON.stringify(a).length`, expect: "limit", guarded: true },
      { src: `let a: any = []; for (const c of "x".repeat(1e6)) a = [a]; String(a).length`, expect: "limit", guarded: true },
      { src: `let a: any = []; for (const c of "x".repeat(1e6)) a = [a]; console.log(a)`, expect: "limit", guarded: true },
      { src: `let a: any = []; for (const c of "x".repeat(1e6)) a = [a]; a.flat(Infinity).length`, expect: "limit", guarded: true },
      { src: `JSON.parse("[".repeat(1e6) + "]".repeat(1e6))`, expect: "limit", guarded: true },
      { src: `const a: any[] = [1]; a.push(a); a.flat(Infinity)`, expect: "limit", guarded: true },
    ],
  ],
];

// ---------------------------------------------------------------------------------------------
// Running a payload

type Outcome = { readonly value: unknown } | { readonly error: WeftError };

const CHEVROTAIN_OVERFLOW = /Invalid array length/;

/** Runs a program; a WeftError is an outcome, anything else the host threw fails the test. */
function attempt(run: () => unknown, chevrotain = false): Outcome {
  try {
    return { value: run() };
  } catch (e) {
    if (e instanceof WeftError) return { error: e };
    // See Payload.chevrotain: counted as the limit error it should have been.
    if (chevrotain && e instanceof RangeError && CHEVROTAIN_OVERFLOW.test(e.message)) return { error: new WeftError("limit", `(Chevrotain) ${e.message}`) };
    throw new Error(`a host error escaped the sandbox: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`, { cause: e });
  }
}

const REFUSALS = ["type", "syntax", "runtime", "limit"];

/** Text of the evaluator's or the stdlib's own JavaScript, which no message may show a program's author. */
const HOST_SOURCE = /\bctx\.\w+\(|\bimpl\(|\bc\d+\(|\[native code\]/;

function describeOutcome(o: Outcome): string {
  return "error" in o ? `${o.error.kind} error: ${o.error.message}` : `the answer ${describeValue(o.value)}`;
}

function describeValue(v: unknown): string {
  if (typeof v === "function") return "a function";
  try {
    // Through toJsonValue, which refuses a value that shares itself vastly instead of walking it.
    return String(JSON.stringify(toJsonValue(v as never))).slice(0, 200);
  } catch {
    return typeof v;
  }
}

/** An answer is harmless when nothing of the host is in it and the embedder can turn it into JSON. */
function expectHarmless(value: unknown): void {
  expect(leaks(value), "what leaked").toEqual([]);
  const json = toJsonValue(value);
  expect(leaks(json), "what leaked through toJsonValue").toEqual([]);
}

function judge(p: Payload, o: Outcome, pass: "checked" | "unchecked"): void {
  const want = pass === "unchecked" && p.expect !== "limit" && p.expect !== "syntax" ? "either" : (p.expect ?? "either");
  const got = describeOutcome(o);
  if ("error" in o) {
    expect(REFUSALS, `${pass}: ${got}`).toContain(o.error.kind);
    expect(o.error.message, `${pass}: the message shows host code`).not.toMatch(HOST_SOURCE);
    if (want === "answer") expect.fail(`${pass}: expected an answer, got ${got}`);
    if (want === "limit") expect(o.error.kind, `${pass}: ${got}`).toBe("limit");
    if (want === "syntax") expect(o.error.kind, `${pass}: ${got}`).toBe("syntax");
    return;
  }
  if (want === "refused" || want === "limit" || want === "syntax") expect.fail(`${pass}: expected ${want === "refused" ? "a refusal" : `a ${want} error`}, got ${got}`);
  expectHarmless(o.value);
  p.check?.(o.value);
}

const CANARY = `JSON.stringify([
  runs.length,
  runs.map(r => [runName(r), r.id, r.state, runConfig(r), runSummary(r), runCreatedAt(r), runHeartbeatAt(r), runHistory(r), runUser(r), runLoggedArtifactVersions(r).map(v => v.alias)]),
  artifacts.map(a => [artifactName(a), artifactVersions(a).map(v => [v.aliases, v.alias, v.createdAt, v.size, v.digest])]),
  project.name,
])`;
const canaryProgram = compile(CANARY);
const canaryBaseline = new Map<Workspace, unknown>();
const canary = (ws: Workspace): unknown => canaryProgram.run(ws, { now: SAMPLE_NOW }).value;

function runInProcess(p: Payload, ws: Workspace): void {
  if (!canaryBaseline.has(ws)) canaryBaseline.set(ws, canary(ws));
  const host0 = hostShot();
  const ws0 = workspaceShot(ws);
  const sample0 = ws === sample ? ws0 : workspaceShot(sample);
  const options = { now: SAMPLE_NOW, ...(p.limits ? { limits: p.limits } : {}) };

  // A row that converts its answer to JSON (as an embedder would) does so here too: that is where its limit falls.
  const answer = (program: Program): unknown => {
    const value = program.run(ws, options).value;
    if (p.toJson) toJsonValue(value);
    return value;
  };
  const compileOptions = p.compileLimits ? { limits: p.compileLimits } : {};
  judge(p, attempt(() => answer(compile(p.src, compileOptions)), p.chevrotain), "checked");
  if (!p.guarded) judge(p, attempt(() => answer(compileUnchecked(p.src)), p.chevrotain), "unchecked");

  expect(hostChanges(host0, hostShot()), "what changed in the host").toEqual([]);
  expect(workspaceShot(ws), "the workspace after the payload").toEqual(ws0);
  if (ws !== sample) expect(workspaceShot(sample), "the sample workspace after the payload").toEqual(sample0);
  expect(activeOrNone(), "an evaluation left active").toBeUndefined();
  expect(canary(ws), "what the next evaluation sees").toEqual(canaryBaseline.get(ws));
  if (p.next) {
    const [src, value] = p.next;
    expect(compile(src).run(ws, { now: SAMPLE_NOW }).value, `the next evaluation, ${src}`).toEqual(value);
  }
}

// ---------------------------------------------------------------------------------------------
// Guarded payloads: first in a child process

/**
 * How long a guarded payload may run in its child before it is killed: a hang guard, not a
 * measurement. A row that sets limits.timeoutMs must stop within it and a few seconds more.
 */
const GUARD_MS = 15_000;
const guardMs = (p: Payload): number => (p.limits?.timeoutMs ? p.limits.timeoutMs + 4_000 : GUARD_MS);
/** Children running at once. */
const GUARD_CONCURRENCY = 2;

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/**
 * A child's loop: one JSON job a line on standard input, one JSON result a line on standard
 * output. The workspace is loaded once; each job compiles and runs one program.
 */
const CHILD_SCRIPT = `
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
const [entry, workspace] = process.argv.slice(2);
const api = await import(entry);
const ws = api.loadWorkspace(JSON.parse(readFileSync(workspace, "utf8")));
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  const job = JSON.parse(line);
  let result;
  try {
    const { value } = api.compile(job.source, job.compileLimits ? { limits: job.compileLimits } : {}).run(ws, { now: job.now, ...(job.limits ? { limits: job.limits } : {}) });
    if (job.toJson) api.toJsonValue(value);
    result = { outcome: "answer" };
  } catch (e) {
    result = e instanceof api.WeftError
      ? { outcome: "error", kind: e.kind, message: e.message }
      : { outcome: "host error", message: String((e && e.stack) || e).split("\\n").slice(0, 4).join(" | ") };
  }
  process.stdout.write(JSON.stringify(result) + "\\n");
}
`;

interface ChildResult {
  outcome: "answer" | "error" | "host error" | "killed" | "crashed";
  kind?: string;
  message?: string;
}

interface Build {
  dir: string;
  entry: string;
  script: string;
}

/** Transpiles grammar/, stdlib/ and src/ (without the CLI) to plain ES modules in a temporary directory. */
function buildForChildren(): Build {
  const dir = mkdtempSync(join(tmpdir(), "weft-security-"));
  const walk = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((d) => {
      const path = join(folder, d.name);
      if (d.isDirectory()) return d.name === "cli" ? [] : walk(path);
      return d.name.endsWith(".ts") && !d.name.endsWith(".d.ts") ? [path] : [];
    });
  for (const file of ["grammar", "stdlib", "src"].flatMap((f) => walk(join(ROOT, f)))) {
    const { outputText } = ts.transpileModule(readFileSync(file, "utf8"), {
      fileName: file,
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, sourceMap: false },
    });
    const out = join(dir, relative(ROOT, file)).replace(/\.ts$/, ".js");
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, outputText);
  }
  writeFileSync(join(dir, "package.json"), '{ "type": "module" }');
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  const script = join(dir, "run-payloads.mjs");
  writeFileSync(script, CHILD_SCRIPT);
  return { dir, entry: pathToFileURL(join(dir, "src", "index.js")).href, script };
}

interface ChildState {
  readonly child: ChildProcessWithoutNullStreams;
  /** Who waits for the child's next result line. */
  pending: ((r: ChildResult) => void) | undefined;
  stdout: string;
  stderr: string;
}

/** A child process that runs payloads one after another; killed (and replaced) when one hangs or crashes it. */
class ChildRunner {
  private state: ChildState | undefined;

  constructor(private readonly build: Build) {}

  private start(): ChildState {
    const child = spawn(process.execPath, ["--max-old-space-size=1024", this.build.script, this.build.entry, SAMPLE_PATH], { env: { ...process.env, TZ: "UTC" } });
    const state: ChildState = { child, pending: undefined, stdout: "", stderr: "" };
    child.stdin.on("error", () => {
      // A child killed or crashed mid-row: its "close" reports it.
    });
    child.stdout.on("data", (d: Buffer) => {
      state.stdout += d.toString();
      for (let nl = state.stdout.indexOf("\n"); nl >= 0; nl = state.stdout.indexOf("\n")) {
        const line = state.stdout.slice(0, nl);
        state.stdout = state.stdout.slice(nl + 1);
        const done = state.pending;
        state.pending = undefined;
        done?.(JSON.parse(line) as ChildResult);
      }
    });
    child.stderr.on("data", (d: Buffer) => (state.stderr = (state.stderr + d.toString()).slice(-4000)));
    child.on("close", (code, signal) => {
      if (this.state === state) this.state = undefined;
      const done = state.pending;
      state.pending = undefined;
      const last = state.stderr.trim().split("\n").filter((l) => /error|heap|memory/i.test(l)).slice(0, 2).join(" | ");
      done?.({ outcome: "crashed", message: `exit ${String(code)} ${String(signal)}: ${last.slice(0, 300)}` });
    });
    return state;
  }

  run(p: Payload): Promise<ChildResult> {
    const state = (this.state ??= this.start());
    return new Promise((resolve) => {
      const ms = guardMs(p);
      const timer = setTimeout(() => {
        state.pending = undefined;
        if (this.state === state) this.state = undefined;
        state.child.kill("SIGKILL");
        resolve({ outcome: "killed", message: `still running after ${ms} ms` });
      }, ms);
      state.pending = (r) => {
        clearTimeout(timer);
        resolve(r);
      };
      state.child.stdin.write(JSON.stringify({ source: p.src, now: SAMPLE_NOW, limits: p.limits, compileLimits: p.compileLimits, toJson: p.toJson }) + "\n");
    });
  }

  stop(): void {
    this.state?.child.kill("SIGKILL");
    this.state = undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// The tests

const title = (p: Payload): string => {
  const text = p.name ?? p.src.replace(/\n/g, " ⏎ ");
  return text.length > 140 ? text.slice(0, 137) + "…" : text;
};

const all = groups.flatMap(([, rows]) => rows);

describe("the snapshots see what they must", () => {
  it("a change to a prototype, a global or the workspace shows", () => {
    const before = hostShot();
    (Object.prototype as Record<string, unknown>).polluted = 1;
    (globalThis as Record<string, unknown>).leaked = 1;
    try {
      expect(hostChanges(before, hostShot())).toEqual(["globalThis: added leaked", "Object.prototype.polluted: added"]);
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
      delete (globalThis as Record<string, unknown>).leaked;
    }
    expect(hostChanges(before, hostShot())).toEqual([]);
    const ws = loadWorkspace(sampleFile);
    const shot = workspaceShot(ws);
    Date.prototype.setTime.call(ws.runs[0]!.createdAt, 0); // a frozen Date's time can still change
    expect(workspaceShot(ws)).not.toEqual(shot);
  });

  it("leaks() finds host objects, native functions and foreign prototypes", () => {
    expect(leaks({ a: [1, "x", null, new Date(0)], f: (x: number) => x })).toEqual([]);
    expect(leaks([Object.prototype])).toEqual(['value["0"] is Object.prototype']);
    expect(leaks({ f: Math.max })).toEqual(['value["f"] is a native host function']);
    expect(leaks(new Map())).toEqual(["value has an unexpected prototype"]);
    expect(leaks(Object.defineProperty({}, "x", { get: () => 1 }))).toEqual(["value[x] is an accessor"]);
  });

  it("the sample workspace is the file's", () => {
    const shot = workspaceShot(sample) as { runs: { record: string }[] };
    const file = sampleFile as { runs: unknown[] };
    expect(shot.runs.map((r) => r.record)).toEqual(file.runs.map((r) => JSON.stringify(r)));
  });
});

describe("payloads from the public record", () => {
  it(`has at least 60 payloads (it has ${all.length})`, () => {
    expect(all.length).toBeGreaterThanOrEqual(60);
  });

  for (const [source, rows] of groups) {
    const plain = rows.filter((r) => !r.guarded);
    if (plain.length === 0) continue;
    describe(source, () => {
      for (const p of plain) {
        const body = () => runInProcess(p, p.workspace?.() ?? sample);
        if (p.fails) it.fails(`${title(p)} [known: ${p.fails}]`, body);
        else it(title(p), body);
      }
    });
  }
});

describe.concurrent("guarded payloads: memory and recursion, first in a child process", () => {
  let build: Build | undefined;
  const getBuild = (): Build => (build ??= buildForChildren());
  // GUARD_CONCURRENCY children, each running rows one after another; a row marked `processes`
  // gets fresh children of its own (a process's first compile is its coldest).
  const idle: ChildRunner[] = [];
  let made = 0;
  const waiting: ((r: ChildRunner) => void)[] = [];
  const acquire = (): Promise<ChildRunner> => {
    const r = idle.pop() ?? (made < GUARD_CONCURRENCY ? (made++, new ChildRunner(getBuild())) : undefined);
    return r ? Promise.resolve(r) : new Promise((resolve) => waiting.push(resolve));
  };
  const releaseRunner = (r: ChildRunner): void => {
    const next = waiting.shift();
    if (next) next(r);
    else idle.push(r);
  };

  /** What a child must report for the row to go on. */
  const wanted = (p: Payload): Partial<ChildResult> =>
    p.expect === "limit" ? { outcome: "error", kind: "limit" } : p.expect === "answer" ? { outcome: "answer" } : { outcome: "error" };
  const acceptable = (p: Payload, r: ChildResult): boolean => {
    if (p.chevrotain && r.outcome === "host error" && CHEVROTAIN_OVERFLOW.test(r.message ?? "")) return true;
    return Object.entries(wanted(p)).every(([k, v]) => r[k as keyof ChildResult] === v) && (r.kind === undefined || REFUSALS.includes(r.kind));
  };
  const guard = async (p: Payload): Promise<ChildResult> => {
    const runner = await acquire();
    try {
      if (p.processes === undefined) return await runner.run(p);
      let result: ChildResult = { outcome: "crashed" };
      for (let i = 0; i < p.processes; i++) {
        const fresh = new ChildRunner(getBuild());
        try {
          result = await fresh.run(p);
        } finally {
          fresh.stop();
        }
        if (!acceptable(p, result)) break;
      }
      return result;
    } finally {
      releaseRunner(runner);
    }
  };

  afterAll(() => {
    for (const r of idle) r.stop();
    if (build) rmSync(build.dir, { recursive: true, force: true });
  });

  const count = all.filter((r) => r.guarded).length;
  for (const [source, rows] of groups) {
    const guarded = rows.filter((r) => r.guarded);
    if (guarded.length === 0) continue;
    describe(source, () => {
      for (const p of guarded) {
        const body = async () => {
          const child = await guard(p);
          if (!acceptable(p, child)) expect(child, "in a child process").toEqual(wanted(p));
          // The child stopped: now here, where the test process must live on and the host stay as it was.
          runInProcess(p, sample);
        };
        // Generous: a row may wait for every other guarded row before its own runs.
        const timeout = GUARD_MS * (count + 2);
        if (p.fails) it.fails(`${title(p)} [known: ${p.fails}]`, body, timeout);
        else it(title(p), body, timeout);
      }
    });
  }
});
