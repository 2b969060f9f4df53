/**
 * Well-typed Weft programs, by type: `program({ type: "number" })` makes source text whose value
 * is a number, `expression({ type: "Run[]" })` an expression that is a `Run[]`.
 *
 * Typed generators build an expression of a requested type from expressions of other types
 * (numbers from `runRuntime(r)`, `.length` and arithmetic; strings from `runName`, template
 * literals and `toUpperCase`; booleans from comparisons, `runSummary(r).x > 0.5` among them;
 * arrays from `filter`, `map`, `slice`, `toSorted` and `artifactVersions`; `reduce` with and
 * without an initial value; `Object.keys` and `Object.entries` of dictionaries; `Math`, `JSON`,
 * `Date` and the string and array methods). A program declares maybe-undefined values (`find`,
 * `runJobType`, `runLoggedArtifactVersion`, `at`) and uses them only behind narrowing (`if (m)`,
 * `m ? … : …`, `m && …`, `m ?? …`, `m?.x ?? …`, `!== undefined`, `typeof`, an early `return` in a
 * block-bodied arrow), loops with a `let` accumulator, groups with the `{}` accumulator idiom,
 * prints, and ends with an expression statement of the requested type.
 *
 * The programs read the workspace by position: `runs[0]` to `runs[2]`, `artifacts[0]` and
 * `artifacts[1]`, and the first two versions of each. Over a workspace that has these
 * (`workspace({ minRuns: 3, minArtifacts: 2, minVersions: 2 })`, or the sample) a program checks
 * clean and runs without failing; over a smaller one it may fail at run time, as V8 would.
 *
 * Options add what a well-typed program may also do: `misuse` a maybe-undefined value once (a
 * warning, SPEC §1: the program runs and may fail with Weft's clear error), or `mutate` what it
 * reads (`runs.sort(…)`, `runConfig(r).x = …`, `runCreatedAt(r).setTime(…)`, …), which the
 * sandbox must keep inside the evaluation.
 */
import fc from "fast-check";
import { parseProgram } from "../parse.js";
import { CONFIG_NUMBER_KEYS, CONFIG_STRING_KEYS, SUMMARY_KEYS } from "./vocabulary.js";

/** The types a generated program or expression can have, as TypeScript writes them. */
export type ProgramType =
  | "number"
  | "string"
  | "boolean"
  | "Date"
  | "Run"
  | "Artifact"
  | "ArtifactVersion"
  | "ConfigDict"
  | "Run[]"
  | "Artifact[]"
  | "ArtifactVersion[]"
  | "number[]"
  | "string[]"
  | "Run | undefined"
  | "ArtifactVersion | undefined"
  | "string | undefined";

/** Every type `program` and `expression` accept. */
export const PROGRAM_TYPES: readonly ProgramType[] = [
  "number", "string", "boolean", "Date", "Run", "Artifact", "ArtifactVersion", "ConfigDict",
  "Run[]", "Artifact[]", "ArtifactVersion[]", "number[]", "string[]",
  "Run | undefined", "ArtifactVersion | undefined", "string | undefined",
];

/** The generators' own names for the types. `?` marks `T | undefined`; Dict is a ConfigDict or SummaryDict. */
type Ty =
  | "number" | "string" | "boolean" | "Date" | "Dict"
  | "Run" | "Artifact" | "Version"
  | "Run[]" | "Artifact[]" | "Version[]" | "number[]" | "string[]"
  | "Run?" | "Version?" | "string?";

const TY: Record<ProgramType, Ty> = {
  number: "number",
  string: "string",
  boolean: "boolean",
  Date: "Date",
  Run: "Run",
  Artifact: "Artifact",
  ArtifactVersion: "Version",
  ConfigDict: "Dict",
  "Run[]": "Run[]",
  "Artifact[]": "Artifact[]",
  "ArtifactVersion[]": "Version[]",
  "number[]": "number[]",
  "string[]": "string[]",
  "Run | undefined": "Run?",
  "ArtifactVersion | undefined": "Version?",
  "string | undefined": "string?",
};

function tyOf(type: ProgramType): Ty {
  const t = TY[type];
  if (t === undefined) throw new Error(`weft/testing: no generator for the type ${JSON.stringify(type)}; use one of ${PROGRAM_TYPES.join(", ")}`);
  return t;
}

interface Var {
  readonly name: string;
  readonly type: Ty;
}
type Ctx = readonly Var[];
type Arb = fc.Arbitrary<string>;

/** A fresh parameter name: its type's letter and the scope's depth, so nested arrows never clash. */
function fresh(ctx: Ctx, type: Ty): Var {
  const letter = { Run: "r", Artifact: "a", Version: "v", number: "n", string: "s" }[type as "Run"] ?? "x";
  return { name: `${letter}${ctx.length}`, type };
}

const varsOf = (ctx: Ctx, type: Ty) => ctx.filter((v) => v.type === type).map((v) => v.name);

// ---------------------------------------------------------------------------------------------
// The expression generators

const memo = new Map<string, Arb>();

/** An expression of type `t` in scope `ctx`, at most `depth` levels deep. */
function gen(t: Ty, ctx: Ctx, depth: number): Arb {
  const key = `${t}|${ctx.map((v) => `${v.name}:${v.type}`).join(",")}|${depth}`;
  let arb = memo.get(key);
  if (!arb) {
    const leaves = leavesOf(t, ctx);
    const deeper = depth > 0 ? productions(t, ctx, depth - 1) : [];
    const all = [...leaves, ...deeper];
    if (all.length === 0) throw new Error(`no generator for ${t} at depth ${depth}`);
    // Leaves first, so that shrinking goes towards them.
    arb = all.length === 1 ? all[0]! : fc.oneof(...all);
    memo.set(key, arb);
  }
  return arb;
}

/** The literals and roots each type's leaves are made of (besides the variables in scope). */
const LEAF_TEXTS: Record<Ty, readonly string[]> = {
  number: ["0.5", "3600", "runs.length", "artifacts.length", "Date.now()"],
  string: ['"train"', '"adamw"', '""', '"latest"', "project.name", "project.entity"],
  boolean: ["true", "false"],
  "Run[]": ["runs", "project.runs()"],
  "Artifact[]": ["artifacts", "project.artifacts()"],
  Run: ["runs[0]", "runs[runs.length - 1]"],
  Artifact: ["artifacts[0]"],
  // The workspaces the programs are meant for have two versions of each of two artifacts.
  Version: ["artifactVersions(artifacts[0])[0]", "artifactVersions(artifacts[1])[1]"],
  "Version[]": ["artifactVersions(artifacts[0])", "runLoggedArtifactVersions(runs[0])"],
  // Empty arrays as `[0].slice(1)`, not `[]`: the checker types `[]` as `any[]` (a known gap).
  "number[]": ["[1, 2, 3]", "[0].slice(1)"],
  "string[]": ['["b", "a"]', '[""].slice(1)'],
  Date: ["runCreatedAt(runs[0])", "new Date()", 'new Date("2026-01-01T00:00:00Z")'],
  Dict: ["runConfig(runs[0])", "runSummary(runs[2])"],
  "Run?": ['runs.find(r => r.state === "running")', "runs.at(-1)"],
  "Version?": ['runLoggedArtifactVersion(runs[0], "model:latest")', 'runLoggedArtifactVersion(runs[2], "model:latest")'],
  "string?": ["runJobType(runs[0])", "runJobType(runs[2])"],
};

/** Leaves: literals, roots and variables in scope. */
function leavesOf(t: Ty, ctx: Ctx): Arb[] {
  const vars = varsOf(ctx, t);
  const out: Arb[] = vars.length > 0 ? [fc.constantFrom(...vars)] : [];
  if (t === "number") out.push(fc.integer({ min: 0, max: 100 }).map(String));
  out.push(fc.constantFrom(...LEAF_TEXTS[t]));
  return out;
}

/** `(x) => body`: a callback whose parameter has type `param`, returning a `body` type. */
function arrow(param: Ty, body: Ty, ctx: Ctx, depth: number, make: (p: string, b: string) => string): Arb {
  const p = fresh(ctx, param);
  return gen(body, [...ctx, p], depth).map((b) => make(p.name, b));
}

/** `(acc, x) => body` for reducers: both parameters in scope. */
function arrow2(first: Ty, second: Ty, body: Ty, ctx: Ctx, depth: number, make: (p: string, q: string, b: string) => string): Arb {
  const p = fresh(ctx, first);
  const q = { name: `${p.name}q`, type: second };
  return gen(body, [...ctx, p, q], depth).map((b) => make(p.name, q.name, b));
}

/** `(p, q) => key(p) … key(q)` for comparators: a key expression of `p`, written again for `q`. */
function keyed(param: Ty, ctx: Ctx, depth: number, make: (p: string, q: string, keyP: string, keyQ: string) => string): Arb {
  const p = fresh(ctx, param);
  const q = `${p.name}q`;
  const rename = new RegExp(`\\b${p.name}\\b`, "g");
  return gen("number", [...ctx, p], depth).map((k) => make(p.name, q, k, k.replace(rename, q)));
}

const t2 = (a: Arb, b: Arb) => fc.tuple(a, b);
const $ = (x: string) => "${" + x + "}";

/** Compound expressions of type `t` from sub-expressions at `depth`. */
function productions(t: Ty, ctx: Ctx, depth: number): Arb[] {
  const g = (u: Ty) => gen(u, ctx, depth);
  const maybeVars = (u: Ty) => varsOf(ctx, u);
  const withVar = (u: Ty, make: (m: string) => Arb): Arb[] => maybeVars(u).map(make);
  switch (t) {
    case "number":
      return [
        g("Run").map((r) => `runRuntime(${r})`),
        fc.oneof(g("Run[]"), g("Artifact[]"), g("Version[]"), g("string[]"), g("number[]"), g("string")).map((x) => `${x}.length`),
        fc.tuple(g("number"), fc.constantFrom("+", "-", "*", "/", "%"), g("number")).map(([a, op, b]) => `(${a} ${op} ${b})`),
        t2(g("number"), g("number")).map(([a, b]) => `Math.max(${a}, ${b})`),
        t2(g("number"), g("number")).map(([a, b]) => `Math.min(${a}, ${b})`),
        g("number").map((a) => `Math.round(${a})`),
        fc.tuple(fc.constantFrom("abs", "floor", "ceil", "sign", "trunc"), g("number")).map(([f, a]) => `Math.${f}(${a})`),
        g("Version").map((v) => `${v}.size`),
        g("Version").map((v) => `artifactVersionNumber(${v})`),
        g("Date").map((d) => `${d}.getTime()`),
        g("Date").map((d) => `${d}.getUTCFullYear()`),
        t2(g("Date"), g("Date")).map(([a, b]) => `(${a}.getTime() - ${b}.getTime())`),
        t2(g("string"), g("string")).map(([a, b]) => `${a}.indexOf(${b})`),
        t2(g("string[]"), g("string")).map(([xs, s]) => `${xs}.indexOf(${s})`),
        g("string").map((s) => `Number(${s})`),
        // Strings iterate by code point, and index by UTF-16 unit.
        g("string").map((s) => `[...${s}].length`),
        fc.tuple(fc.constantFrom("parseFloat", "Date.parse"), g("string")).map(([f, x]) => `${f}(${x})`),
        g("string").map((x) => `parseInt(${x}, 10)`),
        t2(g("number"), g("number")).map(([a, b]) => `Math.hypot(${a}, ${b})`),
        fc.tuple(g("Date"), fc.constantFrom("getDay", "getHours", "getMonth", "getUTCDate")).map(([d, m]) => `${d}.${m}()`),
        g("number[]").map((xs) => `Math.max(...${xs})`),
        fc.tuple(g("Dict"), fc.constantFrom("min", "max")).map(([d, f]) => `Math.${f}(...Object.values(${d}).map(v => Number(v)))`),
        fc.tuple(g("Run"), fc.constantFrom(...SUMMARY_KEYS, ...CONFIG_NUMBER_KEYS)).map(([r, k]) => `Number(${SUMMARY_KEYS.includes(k as never) ? "runSummary" : "runConfig"}(${r}).${k})`),
        g("number[]").map((xs) => `${xs}.reduce((acc, x) => acc + x, 0)`),
        t2(g("Run[]"), arrow2("number", "Run", "number", ctx, depth, (acc, r, b) => `(${acc}, ${r}) => ${acc} + ${b}`)).map(([xs, f]) => `${xs}.reduce(${f}, 0)`),
        // reduce without an initial value, guarded as a careful program guards it
        g("number[]").map((xs) => `((xs: number[]) => (xs.length > 0 ? xs.reduce((p, q) => Math.max(p, q)) : 0))(${xs})`),
        g("Dict").map((d) => `Object.keys(${d}).length`),
        g("Dict").map((d) => `Object.values(${d}).length`),
        g("Dict").map((d) => `Object.entries(${d}).filter(([k, val]) => typeof val === "number" && val > 0.5).length`),
        g("Run").map((r) => `runHistory(${r}).length`),
        t2(g("Run[]"), arrow("Run", "boolean", ctx, depth, (r, b) => `${r} => ${b}`)).map(([xs, f]) => `${xs}.findIndex(${f})`),
        g("Version?").map((m) => `(${m}?.size ?? 0)`),
        g("string?").map((m) => `(${m} ?? "").length`),
        g("Run[]").map((xs) => `${xs}.map(run => { const m = runLoggedArtifactVersion(run, "model:latest"); if (!m) return 0; return m.size }).reduce((p, q) => p + q, 0)`),
        ...withVar("Version?", (m) => g("number").map((n) => `(${m} ? ${m}.size : ${n})`)),
        ...withVar("Version?", (m) => fc.constant(`(${m} !== undefined ? artifactVersionSize(${m}) : -1)`)),
        ...withVar("Run?", (m) => g("number").map((n) => `(${m} === undefined ? ${n} : runRuntime(${m}))`)),
      ];
    case "string":
      return [
        g("Run").map((r) => `runName(${r})`),
        g("Run").map((r) => `${r}.id`),
        g("Run").map((r) => `${r}.state`),
        g("Run").map((r) => `runUser(${r}).username`),
        g("Run").map((r) => `runUser(${r}).name`),
        g("Artifact").map((a) => `artifactName(${a})`),
        g("Artifact").map((a) => `artifactLink(${a})`),
        g("Version").map((v) => `${v}.alias`),
        g("Version").map((v) => `artifactVersionAlias(${v})`),
        g("Version").map((v) => `artifactVersionDigest(${v})`),
        g("string").map((s) => `${s}.toUpperCase()`),
        g("string").map((s) => `${s}.padStart(12)`),
        g("string").map((s) => `${s}.trim()`),
        g("string").map((s) => `${s}.replace("a", "_")`),
        t2(g("string"), g("number")).map(([s, n]) => `${s}.slice(0, ${n})`),
        t2(g("string"), g("number")).map(([s, n]) => `\`${$(s)}: ${$(n)}\``),
        t2(g("string"), fc.oneof(g("string"), g("number"))).map(([a, b]) => `(${a} + ${b})`),
        g("number").map((n) => `(${n}).toFixed(2)`),
        g("number").map((n) => `String(${n})`),
        fc.tuple(g("number"), fc.constantFrom("toPrecision(3)", "toString(16)", "toString()", "toFixed(0)")).map(([n, m]) => `(${n}).${m}`),
        fc.tuple(g("string"), fc.constantFrom("repeat(2)", 'padEnd(5, "*")', "substring(1, 3)", "toLowerCase()", "trimStart()")).map(([x, m]) => `${x}.${m}`),
        g("string").map((x) => `(${x}.at(-1) ?? "")`),
        fc.tuple(g("Date"), fc.constantFrom("toUTCString", "toDateString", "toString", "toJSON")).map(([d, m]) => `String(${d}.${m}())`),
        fc.tuple(g("Run"), fc.constantFrom(...CONFIG_NUMBER_KEYS, ...CONFIG_STRING_KEYS, "scheduler", "augmentation")).map(([r, k]) => `String(runConfig(${r}).${k})`),
        fc.tuple(g("Run"), fc.constantFrom(...SUMMARY_KEYS, "best")).map(([r, k]) => `typeof runSummary(${r}).${k}`),
        g("Dict").map((d) => `Object.values(${d}).join("|")`),
        g("Dict").map((d) => `JSON.stringify(${d}, null, 1)`),
        g("string[]").map((xs) => `${xs}.join()`),
        g("string[]").map((xs) => `${xs}.join(", ")`),
        g("Date").map((d) => `${d}.toISOString()`),
        g("Dict").map((d) => `JSON.stringify(${d})`),
        fc.tuple(g("Run"), fc.constantFrom(...SUMMARY_KEYS)).map(([r, k]) => `\`${k}=${$(`runSummary(${r}).${k}`)}\``),
        g("Dict").map((d) => `Object.entries(${d}).map(([k, val]) => \`${$("k")}=${$("val")}\`).join(";")`),
        fc.tuple(g("boolean"), g("string"), g("string")).map(([b, x, y]) => `(${b} ? ${x} : ${y})`),
        g("string?").map((m) => `(${m} ?? "none")`),
        g("string?").map((m) => `(${m} || "none")`),
        g("string?").map((m) => `(${m}?.toUpperCase() ?? "-")`),
        g("Run?").map((m) => `(${m}?.id ?? "none")`),
        ...withVar("Run?", (m) => fc.constant(`(${m} ? runName(${m}) : "none")`)),
        ...withVar("string?", (m) => fc.constant(`(typeof ${m} === "string" ? ${m}.toUpperCase() : "-")`)),
        ...withVar("string?", (m) => fc.constant(`((${m} && ${m}.trim()) || "")`)),
      ];
    case "boolean":
      return [
        fc.tuple(g("number"), fc.constantFrom(">", "<", ">=", "===", "!=="), g("number")).map(([a, op, b]) => `(${a} ${op} ${b})`),
        fc.tuple(g("string"), fc.constantFrom("===", "!==", "<"), g("string")).map(([a, op, b]) => `(${a} ${op} ${b})`),
        t2(g("string"), g("string")).map(([a, b]) => `${a}.startsWith(${b})`),
        t2(g("string"), g("string")).map(([a, b]) => `${a}.endsWith(${b})`),
        t2(g("string"), g("string")).map(([a, b]) => `${a}.includes(${b})`),
        fc.tuple(g("Run"), fc.constantFrom(...SUMMARY_KEYS), fc.constantFrom(">", "<", ">=")).map(([r, k, op]) => `(runSummary(${r}).${k} ${op} 0.5)`),
        fc.tuple(g("Run"), fc.constantFrom(...CONFIG_NUMBER_KEYS)).map(([r, k]) => `((runConfig(${r}).${k} ?? 0) > 0.01)`),
        fc.tuple(g("Run"), fc.constantFrom(...CONFIG_STRING_KEYS)).map(([r, k]) => `(runConfig(${r}).${k} === "adamw")`),
        g("boolean").map((b) => `!${b}`),
        fc.tuple(g("boolean"), fc.constantFrom("&&", "||"), g("boolean")).map(([a, op, b]) => `(${a} ${op} ${b})`),
        t2(g("Run[]"), arrow("Run", "boolean", ctx, depth, (r, b) => `${r} => ${b}`)).map(([xs, f]) => `${xs}.some(${f})`),
        t2(g("Run[]"), arrow("Run", "boolean", ctx, depth, (r, b) => `${r} => ${b}`)).map(([xs, f]) => `${xs}.every(${f})`),
        t2(g("string[]"), g("string")).map(([xs, s]) => `${xs}.includes(${s})`),
        t2(g("number[]"), g("number")).map(([xs, n]) => `${xs}.includes(${n})`),
        g("number").map((n) => `Number.isFinite(${n})`),
        fc.tuple(g("Run"), fc.constantFrom(...SUMMARY_KEYS), fc.constantFrom("==", "!=", "==="), fc.constantFrom("null", "undefined", "0", '""', '"0"', "true", '"[object Object]"', '"adam"')).map(([r, k, op, lit]) => `(runSummary(${r}).${k} ${op} ${lit})`),
        fc.tuple(g("Run"), fc.constantFrom(...CONFIG_NUMBER_KEYS, ...CONFIG_STRING_KEYS, "scheduler"), fc.constantFrom("Array.isArray", "Boolean")).map(([r, k, f]) => `${f}(runConfig(${r}).${k})`),
        t2(g("Date"), g("Date")).map(([a, b]) => `(${a} > ${b})`),
        g("Run").map((r) => `(runJobType(${r}) === "train")`),
        g("Version").map((v) => `${v}.aliases.includes("latest")`),
        g("Run").map((r) => `(runLoggedArtifactVersion(${r}, "model:latest") !== undefined)`),
        ...withVar("Run?", (m) => g("number").map((n) => `(${m} !== undefined && runRuntime(${m}) > ${n})`)),
        ...withVar("Version?", (m) => fc.constant(`(${m} === undefined || ${m}.aliases.length > 0)`)),
      ];
    case "Date":
      return [
        g("Run").map((r) => `runCreatedAt(${r})`),
        g("Run").map((r) => `runHeartbeatAt(${r})`),
        g("Version").map((v) => `${v}.createdAt`),
        g("Version").map((v) => `artifactVersionCreatedAt(${v})`),
        g("Run").map((r) => `new Date(runCreatedAt(${r}).getTime() + 1000)`),
      ];
    case "Dict":
      return [g("Run").map((r) => `runConfig(${r})`), g("Run").map((r) => `runSummary(${r})`)];
    case "Run":
      return [
        // reduce without an initial value, over the root (never empty where the program is meant to run)
        keyed("Run", ctx, depth, (p, q, kp, kq) => `runs.reduce((${p}, ${q}) => (${kp} >= ${kq} ? ${p} : ${q}))`),
        ...withVar("Run?", (m) => fc.constant(`(${m} ?? runs[0])`)),
      ];
    case "Artifact":
      return [];
    case "Version":
      return [g("Artifact").map((a) => `artifactVersions(${a})[0]`), g("Artifact").map((a) => `(artifactVersions(${a}).at(-1) ?? artifactVersions(${a})[0])`)];
    case "Run[]":
      return [
        t2(g("Run[]"), arrow("Run", "boolean", ctx, depth, (r, b) => `${r} => ${b}`)).map(([xs, f]) => `${xs}.filter(${f})`),
        fc.tuple(g("Run[]"), fc.integer({ min: 0, max: 5 })).map(([xs, n]) => `${xs}.slice(0, ${n})`),
        t2(g("Run[]"), keyed("Run", ctx, depth, (p, q, kp, kq) => `(${p}, ${q}) => ${kp} - ${kq}`)).map(([xs, f]) => `${xs}.toSorted(${f})`),
        g("Run[]").map((xs) => `${xs}.slice().sort((p, q) => runRuntime(p) - runRuntime(q))`),
        g("Run[]").map((xs) => `${xs}.toReversed()`),
        t2(g("Run[]"), g("Run[]")).map(([xs, ys]) => `${xs}.concat(${ys})`),
        g("Run[]").map((xs) => `[...${xs}]`),
      ];
    case "Artifact[]":
      return [t2(g("Artifact[]"), arrow("Artifact", "boolean", ctx, depth, (a, b) => `${a} => ${b}`)).map(([xs, f]) => `${xs}.filter(${f})`)];
    case "Version[]":
      return [
        g("Artifact").map((a) => `artifactVersions(${a})`),
        g("Run").map((r) => `runLoggedArtifactVersions(${r})`),
        g("Run").map((r) => `runUsedArtifactVersions(${r})`),
        g("Artifact[]").map((xs) => `${xs}.flatMap(a => artifactVersions(a))`),
        t2(g("Version[]"), arrow("Version", "boolean", ctx, depth, (v, b) => `${v} => ${b}`)).map(([xs, f]) => `${xs}.filter(${f})`),
        g("Version[]").map((xs) => `${xs}.slice(0, 1)`),
      ];
    case "number[]":
      return [
        t2(g("Run[]"), arrow("Run", "number", ctx, depth, (r, b) => `${r} => ${b}`)).map(([xs, f]) => `${xs}.map(${f})`),
        t2(g("Version[]"), arrow("Version", "number", ctx, depth, (v, b) => `${v} => ${b}`)).map(([xs, f]) => `${xs}.map(${f})`),
        g("number[]").map((xs) => `${xs}.toSorted((p, q) => p - q)`),
        t2(g("number"), g("number")).map(([a, b]) => `[${a}, ${b}]`),
        g("Run").map((r) => `runHistory(${r}).map(row => row._step)`),
        t2(g("number[]"), g("number[]")).map(([xs, ys]) => `${xs}.concat(${ys})`),
        t2(g("number[]"), g("number")).map(([xs, n]) => `${xs}.filter(x => x > ${n})`),
        g("number[]").map((xs) => `${xs}.toReversed()`),
        // The default order compares numbers as strings.
        g("number[]").map((xs) => `${xs}.toSorted()`),
        t2(g("Run[]"), fc.constantFrom(...SUMMARY_KEYS)).map(([xs, k]) => `${xs}.map(r => Number(runSummary(r).${k}))`),
      ];
    case "string[]":
      return [
        t2(g("Run[]"), arrow("Run", "string", ctx, depth, (r, b) => `${r} => ${b}`)).map(([xs, f]) => `${xs}.map(${f})`),
        t2(g("Artifact[]"), arrow("Artifact", "string", ctx, depth, (a, b) => `${a} => ${b}`)).map(([xs, f]) => `${xs}.map(${f})`),
        g("Version").map((v) => `${v}.aliases`),
        g("Dict").map((d) => `Object.keys(${d})`),
        g("Dict").map((d) => `Object.keys({ ...${d}, extra: 1 })`),
        g("Dict").map((d) => `Object.keys(JSON.parse(JSON.stringify(${d})))`),
        g("Dict").map((d) => `Object.keys(Object.fromEntries(Object.entries(${d})))`),
        g("string[]").map((xs) => `${xs}.toSorted((p, q) => p.localeCompare(q))`),
        g("string").map((s) => `${s}.split("-")`),
        g("string").map((s) => `${s}.split("")`),
        g("Dict").map((d) => `Object.values(${d}).map(v => typeof v)`),
        g("Dict").map((d) => `Object.values(${d}).map(v => String(v)).toSorted()`),
        g("number").map((n) => `Object.keys({ b: ${n}, a: 1, 10: 1, 2: 2 })`),
        t2(g("string[]"), g("string[]")).map(([xs, ys]) => `${xs}.concat(${ys})`),
      ];
    case "Run?":
      return [
        t2(g("Run[]"), arrow("Run", "boolean", ctx, depth, (r, b) => `${r} => ${b}`)).map(([xs, f]) => `${xs}.find(${f})`),
        t2(g("Run[]"), arrow("Run", "boolean", ctx, depth, (r, b) => `${r} => ${b}`)).map(([xs, f]) => `${xs}.findLast(${f})`),
        g("Run[]").map((xs) => `${xs}.at(-1)`),
      ];
    case "Version?":
      return [
        g("Run").map((r) => `runLoggedArtifactVersion(${r}, "model:latest")`),
        g("Run").map((r) => `runLoggedArtifactVersion(${r}, "checkpoint")`),
        g("Run").map((r) => `runLoggedArtifactVersion(${r}, "model:v1")`),
        t2(g("Version[]"), arrow("Version", "boolean", ctx, depth, (v, b) => `${v} => ${b}`)).map(([xs, f]) => `${xs}.find(${f})`),
        g("Version[]").map((xs) => `${xs}.at(0)`),
      ];
    case "string?":
      return [g("Run").map((r) => `runJobType(${r})`), t2(g("string[]"), g("string")).map(([xs, s]) => `${xs}.find(x => x === ${s})`)];
  }
}

// ---------------------------------------------------------------------------------------------
// Programs: declarations of maybe-undefined values, statements that narrow them, a for-of with a
// `let` accumulator, the `{}` accumulator idiom, console output, and a final expression.

const TOP: Ctx = [
  { name: "best", type: "Run?" },
  { name: "model", type: "Version?" },
  { name: "job", type: "string?" },
  { name: "count", type: "number" },
  { name: "label", type: "string" },
];
const DEPTH = 3;
const top = (t: Ty, upTo: number, depth = DEPTH) => gen(t, TOP.slice(0, upTo), depth);

/** Array types are built one level shallower: their elements' expressions nest callbacks. */
const finalDepth = (t: Ty): number => (t.endsWith("[]") ? DEPTH - 1 : DEPTH);

const DEFAULT_FINAL: readonly Ty[] = ["number", "string", "boolean", "string[]", "number[]"];
const LOGGABLE: readonly Ty[] = ["Date", "Dict", "Run", "Version", "Version[]", "number[]", "Run?", "string?", "boolean"];

/**
 * Statements that change what the program read: the roots (its own copies), dictionaries, history
 * rows, Dates and aliases. V8 sees the same changes; the workspace must not.
 */
const mutation: Arb = fc.oneof(
  fc.constantFrom(
    "runs.reverse()",
    "runs.pop()",
    "runs.shift()",
    "project.runs().reverse()",
    "artifacts.reverse()",
    "runs.sort((p, q) => runRuntime(q) - runRuntime(p))",
    "runs.sort((p, q) => (p.id < q.id ? -1 : p.id > q.id ? 1 : 0))",
    "runHistory(runs[0]).reverse()",
    "runHistory(runs[0]).sort((p, q) => q._step - p._step)",
    "runCreatedAt(runs[0]).setUTCFullYear(2000)",
    "artifactVersions(artifacts[0])[0].createdAt.setTime(0)",
    'artifactVersions(artifacts[0])[0].aliases.push("pwned")',
    "artifactVersions(artifacts[0])[0].aliases.reverse()",
    "runLoggedArtifactVersions(runs[0]).reverse()",
    "for (const r of runs) {\n  runConfig(r).seen = (runConfig(r).seen ?? 0) + 1\n}",
    'runConfig(runs[0]).scheduler = { type: "step" }',
    "runSummary(runs[0]).best = null",
  ),
  gen("Run", [], 1).map((r) => `runs.push(${r})`),
  gen("Run", [], 1).map((r) => `runs.unshift(${r})`),
  fc.tuple(fc.nat({ max: 3 }), fc.nat({ max: 2 })).map(([i, n]) => `runs.splice(${i}, ${n})`),
  // Indices and lengths past the end leave holes, which array methods skip (and `for … of` does not).
  fc.tuple(gen("Run", [], 1), fc.nat({ max: 7 })).map(([r, i]) => `runs[${i}] = ${r}`),
  fc.nat({ max: 7 }).map((n) => `runs.length = ${n}`),
  fc.tuple(gen("Run", [], 1), fc.constantFrom(...CONFIG_NUMBER_KEYS, "seen"), gen("number", [], 1)).map(([r, k, n]) => `runConfig(${r}).${k} = ${n}`),
  fc.tuple(gen("Run", [], 1), fc.constantFrom(...CONFIG_STRING_KEYS)).map(([r, k]) => `runConfig(${r}).${k} ??= "sgd"`),
  fc.tuple(gen("Run", [], 1), fc.constantFrom(...SUMMARY_KEYS)).map(([r, k]) => `runSummary(${r}).${k} += 1`),
  fc.tuple(gen("Run", [], 1), gen("number", [], 1)).map(([r, n]) => `runHistory(${r}).push({ _step: ${n} })`),
  fc.tuple(gen("Run", [], 1), gen("number", [], 1)).map(([r, n]) => `runHeartbeatAt(${r}).setTime(${n})`),
  gen("Run", [], 1).map((r) => `runConfig(${r}).scheduler.type = "linear"`),
);

interface ProgramParts {
  best: string;
  model: string;
  job: string;
  count: string;
  label: string;
  narrowIf: boolean;
  loopOver: string;
  loopBody: string;
  groupBy: string | undefined;
  log: string;
  /** A value of any type, printed: console formatting of Dates, entities, dictionaries, arrays. */
  extraLog: [string, string] | undefined;
  /** Loop over a dictionary's entries with a destructuring pattern. */
  entriesOf: string | undefined;
  /** Shadow an op with a program's own function of the same type, on the first line. */
  shadow: boolean;
  /** A closure that assigns to the `let` accumulator, run by `forEach`; a loop over a string's code points. */
  closure: string | undefined;
  characters: string | undefined;
  mutations: string[];
  misuse: string | undefined;
  final: string;
}

function programArbitrary(finals: readonly Ty[], misuse: boolean, mutate: boolean): Arb {
  const final = finals.length === 1 ? top(finals[0]!, 5, finalDepth(finals[0]!)) : fc.oneof(...finals.map((t) => top(t, 5, finalDepth(t))));
  return fc
    .record<ProgramParts>({
      best: top("Run?", 0, 2),
      model: top("Version?", 1, 2),
      job: top("string?", 2, 2),
      count: top("number", 3, 2),
      label: top("string", 4, 2),
      narrowIf: fc.boolean(),
      loopOver: top("Run[]", 5, 1),
      loopBody: gen("number", [...TOP, fresh(TOP, "Run")], 1),
      groupBy: fc.option(top("string", 0, 1), { nil: undefined }),
      log: top("string", 5, 1),
      extraLog: fc.option(fc.tuple(fc.constantFrom("log", "warn", "error"), fc.oneof(...LOGGABLE.map((t) => top(t, 5, 1)))), { nil: undefined, freq: 3 }),
      entriesOf: fc.option(top("Dict", 5, 1), { nil: undefined, freq: 4 }),
      shadow: fc.constantFrom(false, false, false, true),
      closure: fc.option(gen("boolean", [...TOP, fresh(TOP, "Run")], 1), { nil: undefined, freq: 4 }),
      characters: fc.option(top("string", 5, 1), { nil: undefined, freq: 4 }),
      mutations: mutate ? fc.array(mutation, { minLength: 1, maxLength: 3 }) : fc.constant([]),
      misuse: misuse ? misuseArb : fc.constant(undefined),
      final,
    })
    .map((p) => {
      const loopVar = fresh(TOP, "Run").name;
      const lines = [
        ...(p.shadow ? ["const runName = (run: Run): string => `${run.id}!`"] : []),
        `const best = ${p.best}`,
        `const model = ${p.model}`,
        `const job = ${p.job}`,
        `const count = ${p.count}`,
        `const label = ${p.label}`,
        p.narrowIf ? `if (best) {\n  console.log(runName(best), runRuntime(best))\n} else {\n  console.log("no best run")\n}` : `if (!model) console.log("no model")`,
        `let total = 0`,
        `for (const ${loopVar} of ${p.loopOver}) {\n  total += ${p.loopBody}\n}`,
        ...p.mutations,
      ];
      if (p.closure !== undefined) lines.push(`runs.forEach((${fresh(TOP, "Run").name}) => {\n  if (${p.closure}) total += 1\n})`);
      if (p.characters !== undefined) lines.push(`for (const ch of ${p.characters}) {\n  total += ch.length\n}`);
      if (p.entriesOf !== undefined) lines.push(`for (const [key, value] of Object.entries(${p.entriesOf})) {\n  if (typeof value === "number") total += value\n  else console.log(key, value)\n}`);
      if (p.extraLog !== undefined) lines.push(`console.${p.extraLog[0]}(label, ${p.extraLog[1]})`);
      if (p.groupBy !== undefined) {
        lines.push(`const groups = runs.reduce((acc, run) => {\n  const key = runUser(run).username\n  acc[key] = acc[key] || []\n  acc[key].push(runName(run))\n  return acc\n}, {})`);
        lines.push(`console.log(Object.keys(groups).length, ${p.groupBy})`);
      }
      lines.push(`console.log(${p.log}, total)`);
      if (p.misuse !== undefined) lines.push(`console.log(${p.misuse})`);
      lines.push(expressionStatement(p.final));
      return lines.join("\n");
    });
}

/** An expression statement: a line that would continue the one before it (ASI) starts with `;`. */
function expressionStatement(expr: string): string {
  return /^[([`+\-/]/.test(expr) ? `;${expr}` : expr;
}

/**
 * A deliberate misuse of a maybe-undefined value: a warning (SPEC §1), never an error. Put before
 * the final expression of a well-typed program.
 */
const misuseArb: Arb = fc.oneof(
  fc.constantFrom(
    "runName(best)",
    "best.id",
    "model.size",
    "artifactVersionAlias(model)",
    "job.toUpperCase()",
    "job.length",
    "runs.find(r => runRuntime(r) < 0).state",
    'runJobType(runs[2]).startsWith("t")',
    'artifactVersionSize(runLoggedArtifactVersion(runs[2], "model:latest"))',
    'runLoggedArtifactVersion(runs[0], "nothing").aliases',
  ),
  top("Run[]", 0, 1).map((xs) => `runName(${xs}.find(r => r.state === "no such state"))`),
);

export interface ProgramOptions {
  /** The type of the program's value (its last expression statement); one of several if a list. Default: number, string, boolean, string[] or number[]. */
  type?: ProgramType | readonly ProgramType[];
  /** Use a maybe-undefined value once where a value is required: the program checks with a warning, and may fail at run time with Weft's error about the missing value. */
  misuse?: boolean;
  /** Add one to three statements that change what the program read (sort, reverse, push, splice, assignment into `runConfig(r)`, Date setters, …). */
  mutate?: boolean;
}

const programs = new Map<string, Arb>();

/**
 * Well-typed programs (a sequence of statements) whose value has the requested type. See the
 * file's comment for what they do and the workspaces they are meant for.
 */
export function program(options: ProgramOptions = {}): fc.Arbitrary<string> {
  const types = options.type === undefined ? DEFAULT_FINAL : (typeof options.type === "string" ? [options.type] : options.type).map(tyOf);
  if (types.length === 0) throw new Error("weft/testing: program({ type: [] }) needs at least one type");
  const key = `${types.join(",")}|${Boolean(options.misuse)}|${Boolean(options.mutate)}`;
  let arb = programs.get(key);
  if (!arb) programs.set(key, (arb = programArbitrary(types, Boolean(options.misuse), Boolean(options.mutate))));
  return arb;
}

export interface ExpressionOptions {
  type: ProgramType;
  /** How deeply sub-expressions nest (default 3). */
  depth?: number;
}

/** A well-typed expression of the requested type over the roots, ops and builtins: a one-line program. */
export function expression(options: ExpressionOptions): fc.Arbitrary<string> {
  const t = tyOf(options.type);
  return gen(t, [], Math.max(0, Math.min(5, options.depth ?? finalDepth(t))));
}

// ---------------------------------------------------------------------------------------------
// Ill-typed programs: a well-typed one with one mistake.

interface Mistake {
  readonly find: RegExp;
  readonly replace: string;
}

/** Mistakes people make, each a type error (or a harmless change, now and then: the checker decides). */
const MISTAKES: readonly Mistake[] = [
  { find: /\brunName\(/g, replace: "artifactName(" },
  { find: /\bartifactVersions\(/g, replace: "runLoggedArtifactVersions(" },
  { find: /\bruns\b/g, replace: "artifacts" },
  { find: /\.length\b/g, replace: ".size" },
  { find: /"[^"\n]*"/g, replace: "42" },
  { find: /(?<![\w.])\d+(?![\w.])/g, replace: '"1"' },
  { find: /\btotal \+= /g, replace: "count += " },
  { find: /\brunRuntime\((\w+)\)/g, replace: "runRuntime($1, 1)" },
  { find: /\.toUpperCase\(\)/g, replace: ".toUpperCase" },
  { find: /\brunConfig\(/g, replace: "runConfig(runs, " },
  { find: /\bconst best\b/g, replace: "const bestt" },
  { find: /\brunName\b/g, replace: "runNme" },
  { find: /\brunSummary\((\w+)\)\.(\w+)/g, replace: "runSummary($1).$2.x.y" },
  { find: /=> (?!\{)/g, replace: "=> undefined + " },
  { find: / - /g, replace: " - new Date() - " },
  { find: /\bnew Date\(\)/g, replace: '(new Date("x") > 1)' },
  { find: /\b(r\d+) =>/g, replace: "($1: string) =>" },
  { find: /\.map\(/g, replace: ".mapp(" },
  { find: /\bruns\[0\]/g, replace: "runs[0].name" },
  { find: /\blet total = 0/g, replace: 'let total = "0"' },
];

/** Replaces the `n`-th match (modulo their number) of the mistake's pattern; appends a plain error where it has none. */
function applyMistake(src: string, mistake: Mistake, n: number): string {
  const matches = [...src.matchAll(mistake.find)];
  if (matches.length === 0) return `${src}\nrunName(artifacts[0])`;
  const m = matches[n % matches.length]!;
  const replaced = m[0].replace(new RegExp(mistake.find.source), mistake.replace);
  return src.slice(0, m.index) + replaced + src.slice(m.index! + m[0].length);
}

/**
 * Programs that are well-typed but for one or two mistakes (a wrong op, an unknown name, a string
 * where a number goes, a method not called, …): nearly all fail the checker, and they exercise
 * its error paths as real mistakes do. They parse.
 */
export function illTypedProgram(): fc.Arbitrary<string> {
  return fc
    .tuple(program({ type: [...PROGRAM_TYPES] }), fc.array(fc.tuple(fc.constantFrom(...MISTAKES), fc.nat()), { minLength: 1, maxLength: 2 }))
    .map(([src, mistakes]) => {
      const wrong = mistakes.reduce((s, [mistake, n]) => applyMistake(s, mistake, n), src);
      return parses(wrong) ? wrong : `${src}\nrunName(artifacts[0])`;
    });
}

function parses(src: string): boolean {
  try {
    parseProgram(src);
    return true;
  } catch {
    return false;
  }
}
