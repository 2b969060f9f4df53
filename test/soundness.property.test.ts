/**
 * Soundness of the checker, as a property (issue: "generated well-typed programs never fail at
 * run time with a JavaScript TypeError; only the warned `undefined` cases may fail, and then with
 * Weft's own clear runtime error").
 *
 * Typed generators build programs over the roots, ops and builtins: an expression of a requested
 * type is made from expressions of other types (numbers from `runRuntime(r)`, `.length` and
 * arithmetic; strings from `runName`, template literals and `toUpperCase`; booleans from
 * comparisons, `runSummary(r).x > 0.5` among them; arrays from `filter`, `map`, `slice`,
 * `toSorted` and `artifactVersions`; `reduce` with and without an initial value; `Object.keys`
 * and `Object.entries` of dictionaries). Each program declares maybe-undefined values (`find`,
 * `runJobType`, `runLoggedArtifactVersion`, `at`) and uses them only behind narrowing
 * (`if (m)`, `m ? … : …`, `m && …`, `m ?? …`, `m?.x ?? …`, `!== undefined`, `typeof`, an early
 * `return` in a block-bodied arrow).
 *
 * 1. Such programs check with no error and no warning (nearly all of them: the test prints the
 *    reasons of any the checker rejects), and over the sample workspace and a small generated one
 *    (`generateWorkspace({ runs: 3, seed })`, the seed drawn with the program) they never fail
 *    with a type error at run time (TYPE_ERRORS lists the messages counted as one), nor with
 *    anything that is not a WeftError.
 * 2. The same programs with one deliberate misuse of a maybe-undefined value added check with
 *    warnings and no error; where they fail, it is with Weft's own clear runtime error about the
 *    missing value, at a line and column.
 * 3. A JSON value used through a method (`runSummary(r).x.toFixed(2)`) checks with a warning, and
 *    fails only on a run that lacks the key, with Weft's message about the missing value.
 *
 * Seeded and bounded; a failure prints fast-check's seed and the shrunk program.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check, compile, loadWorkspace, WeftError, type Program, type Workspace } from "../src/index.js";
import { sample, SAMPLE_NOW } from "./helpers/weft.js";

// ---------------------------------------------------------------------------------------------
// Workspaces: the sample, and small generated ones (three runs: two "train" runs and an "eval"
// run whose summary lacks the training metrics, so missing keys are met), one per seed.

const generatorUrl = new URL("../examples/generate-workspace.mjs", import.meta.url).href;
const { generateWorkspace } = (await import(generatorUrl)) as { generateWorkspace(options: { runs: number; seed: number }): unknown };
const generated = new Map<number, Workspace>();

/** The workspaces a program runs over: the sample and the generated one of `seed`. */
function workspaces(seed: number): (readonly [string, Workspace])[] {
  let ws = generated.get(seed);
  if (!ws) generated.set(seed, (ws = loadWorkspace(generateWorkspace({ runs: 3, seed }))));
  return [["sample", sample], [`generateWorkspace({ runs: 3, seed: ${seed} })`, ws]];
}
const seeds = fc.integer({ min: 1, max: 50 });

// ---------------------------------------------------------------------------------------------
// Types and scopes

/** The types the generators produce. `?` marks `T | undefined`; Dict is a ConfigDict or SummaryDict. */
type Ty =
  | "number" | "string" | "boolean" | "Date" | "Dict"
  | "Run" | "Artifact" | "Version"
  | "Run[]" | "Artifact[]" | "Version[]" | "number[]" | "string[]"
  | "Run?" | "Version?" | "string?";

interface Var {
  readonly name: string;
  readonly type: Ty;
}
type Ctx = readonly Var[];

type Arb = fc.Arbitrary<string>;

const SUMMARY_KEYS = ["accuracy", "val_loss", "loss", "f1", "precision"];
const CONFIG_NUMBER_KEYS = ["learning_rate", "batch_size", "epochs", "dropout"];
const CONFIG_STRING_KEYS = ["optimizer", "model"];

/** A fresh parameter name: its type's letter and the scope's depth, so nested arrows never clash. */
function fresh(ctx: Ctx, type: Ty): Var {
  const letter = { Run: "r", Artifact: "a", Version: "v", number: "n", string: "s" }[type as "Run"] ?? "x";
  return { name: `${letter}${ctx.length}`, type };
}

const varsOf = (ctx: Ctx, type: Ty) => ctx.filter((v) => v.type === type).map((v) => v.name);

// ---------------------------------------------------------------------------------------------
// The generators

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
    arb = all.length === 1 ? all[0]! : fc.oneof(...all);
    memo.set(key, arb);
  }
  return arb;
}

/** Leaves: literals, roots and variables in scope. */
function leavesOf(t: Ty, ctx: Ctx): Arb[] {
  const vars = varsOf(ctx, t);
  const out: Arb[] = vars.length > 0 ? [fc.constantFrom(...vars)] : [];
  switch (t) {
    case "number":
      out.push(fc.integer({ min: 0, max: 100 }).map(String), fc.constantFrom("0.5", "3600", "runs.length", "artifacts.length"));
      break;
    case "string":
      out.push(fc.constantFrom('"train"', '"adamw"', '""', '"latest"', "project.name", "project.entity"));
      break;
    case "boolean":
      out.push(fc.constantFrom("true", "false"));
      break;
    case "Run[]":
      out.push(fc.constantFrom("runs", "project.runs()"));
      break;
    case "Artifact[]":
      out.push(fc.constantFrom("artifacts", "project.artifacts()"));
      break;
    case "Run":
      out.push(fc.constantFrom("runs[0]", "runs[runs.length - 1]"));
      break;
    case "Artifact":
      out.push(fc.constantFrom("artifacts[0]"));
      break;
    case "Version":
      // Every artifact of the workspaces tested has versions.
      out.push(fc.constantFrom("artifactVersions(artifacts[0])[0]", "artifactVersions(artifacts[1])[1]"));
      break;
    case "Version[]":
      out.push(fc.constantFrom("artifactVersions(artifacts[0])", "runLoggedArtifactVersions(runs[0])"));
      break;
    case "number[]":
      out.push(fc.constantFrom("[1, 2, 3]", "[]"));
      break;
    case "string[]":
      out.push(fc.constantFrom('["b", "a"]', "[]"));
      break;
    case "Date":
      out.push(fc.constantFrom("runCreatedAt(runs[0])", "new Date()"));
      break;
    case "Dict":
      out.push(fc.constantFrom("runConfig(runs[0])", "runSummary(runs[2])"));
      break;
    case "Run?":
      out.push(fc.constantFrom('runs.find(r => r.state === "running")', "runs.at(-1)"));
      break;
    case "Version?":
      out.push(fc.constantFrom('runLoggedArtifactVersion(runs[0], "model:latest")', 'runLoggedArtifactVersion(runs[2], "model:latest")'));
      break;
    case "string?":
      out.push(fc.constantFrom("runJobType(runs[0])", "runJobType(runs[2])"));
      break;
  }
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
        g("number").map((a) => `Math.round(${a})`),
        g("Version").map((v) => `${v}.size`),
        g("Version").map((v) => `artifactVersionNumber(${v})`),
        g("Date").map((d) => `${d}.getTime()`),
        t2(g("Date"), g("Date")).map(([a, b]) => `(${a}.getTime() - ${b}.getTime())`),
        t2(g("string"), g("string")).map(([a, b]) => `${a}.indexOf(${b})`),
        g("number[]").map((xs) => `${xs}.reduce((acc, x) => acc + x, 0)`),
        t2(g("Run[]"), arrow2("number", "Run", "number", ctx, depth, (acc, r, b) => `(${acc}, ${r}) => ${acc} + ${b}`)).map(([xs, f]) => `${xs}.reduce(${f}, 0)`),
        // reduce without an initial value, guarded as a careful program guards it
        g("number[]").map((xs) => `((xs: number[]) => (xs.length > 0 ? xs.reduce((p, q) => Math.max(p, q)) : 0))(${xs})`),
        g("Dict").map((d) => `Object.keys(${d}).length`),
        g("Dict").map((d) => `Object.entries(${d}).filter(([k, val]) => typeof val === "number" && val > 0.5).length`),
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
        g("Artifact").map((a) => `artifactName(${a})`),
        g("Artifact").map((a) => `artifactLink(${a})`),
        g("Version").map((v) => `${v}.alias`),
        g("Version").map((v) => `artifactVersionAlias(${v})`),
        g("string").map((s) => `${s}.toUpperCase()`),
        g("string").map((s) => `${s}.padStart(12)`),
        t2(g("string"), g("number")).map(([s, n]) => `\`${"${"}${s}${"}"}: ${"${"}${n}${"}"}\``),
        t2(g("string"), fc.oneof(g("string"), g("number"))).map(([a, b]) => `(${a} + ${b})`),
        g("number").map((n) => `(${n}).toFixed(2)`),
        g("number").map((n) => `String(${n})`),
        g("string[]").map((xs) => `${xs}.join(", ")`),
        g("Date").map((d) => `${d}.toISOString()`),
        fc.tuple(g("Run"), fc.constantFrom(...SUMMARY_KEYS)).map(([r, k]) => `\`${k}=${"${"}runSummary(${r}).${k}${"}"}\``),
        g("Dict").map((d) => `Object.entries(${d}).map(([k, val]) => \`${"${"}k${"}"}=${"${"}val${"}"}\`).join(";")`),
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
        t2(g("string"), g("string")).map(([a, b]) => `${a}.includes(${b})`),
        fc.tuple(g("Run"), fc.constantFrom(...SUMMARY_KEYS), fc.constantFrom(">", "<", ">=")).map(([r, k, op]) => `(runSummary(${r}).${k} ${op} 0.5)`),
        fc.tuple(g("Run"), fc.constantFrom(...CONFIG_NUMBER_KEYS)).map(([r, k]) => `((runConfig(${r}).${k} ?? 0) > 0.01)`),
        fc.tuple(g("Run"), fc.constantFrom(...CONFIG_STRING_KEYS)).map(([r, k]) => `(runConfig(${r}).${k} === "adamw")`),
        g("boolean").map((b) => `!${b}`),
        fc.tuple(g("boolean"), fc.constantFrom("&&", "||"), g("boolean")).map(([a, op, b]) => `(${a} ${op} ${b})`),
        t2(g("Run[]"), arrow("Run", "boolean", ctx, depth, (r, b) => `${r} => ${b}`)).map(([xs, f]) => `${xs}.some(${f})`),
        t2(g("Run[]"), arrow("Run", "boolean", ctx, depth, (r, b) => `${r} => ${b}`)).map(([xs, f]) => `${xs}.every(${f})`),
        t2(g("string[]"), g("string")).map(([xs, s]) => `${xs}.includes(${s})`),
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
      ];
    case "Dict":
      return [g("Run").map((r) => `runConfig(${r})`), g("Run").map((r) => `runSummary(${r})`)];
    case "Run":
      return [
        // reduce without an initial value, over the root (never empty)
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
      ];
    case "number[]":
      return [
        t2(g("Run[]"), arrow("Run", "number", ctx, depth, (r, b) => `${r} => ${b}`)).map(([xs, f]) => `${xs}.map(${f})`),
        t2(g("Version[]"), arrow("Version", "number", ctx, depth, (v, b) => `${v} => ${b}`)).map(([xs, f]) => `${xs}.map(${f})`),
        g("number[]").map((xs) => `${xs}.toSorted((p, q) => p - q)`),
        t2(g("number"), g("number")).map(([a, b]) => `[${a}, ${b}]`),
      ];
    case "string[]":
      return [
        t2(g("Run[]"), arrow("Run", "string", ctx, depth, (r, b) => `${r} => ${b}`)).map(([xs, f]) => `${xs}.map(${f})`),
        t2(g("Artifact[]"), arrow("Artifact", "string", ctx, depth, (a, b) => `${a} => ${b}`)).map(([xs, f]) => `${xs}.map(${f})`),
        g("Version").map((v) => `${v}.aliases`),
        g("Dict").map((d) => `Object.keys(${d})`),
        g("string[]").map((xs) => `${xs}.toSorted((p, q) => p.localeCompare(q))`),
        g("string").map((s) => `${s}.split("-")`),
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

const finalExpr = fc.oneof(top("number", 5), top("string", 5), top("boolean", 5), top("string[]", 5, 2), top("number[]", 5, 2));

const program = fc
  .record({
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
    final: finalExpr,
  })
  .map((p) => {
    const loopVar = fresh(TOP, "Run").name;
    const lines = [
      `const best = ${p.best}`,
      `const model = ${p.model}`,
      `const job = ${p.job}`,
      `const count = ${p.count}`,
      `const label = ${p.label}`,
      p.narrowIf ? `if (best) {\n  console.log(runName(best), runRuntime(best))\n} else {\n  console.log("no best run")\n}` : `if (!model) console.log("no model")`,
      `let total = 0`,
      `for (const ${loopVar} of ${p.loopOver}) {\n  total += ${p.loopBody}\n}`,
    ];
    if (p.groupBy !== undefined) {
      lines.push(`const groups = runs.reduce((acc, run) => {\n  const key = runUser(run).username\n  acc[key] = acc[key] || []\n  acc[key].push(runName(run))\n  return acc\n}, {})`);
      lines.push(`console.log(Object.keys(groups).length, ${p.groupBy})`);
    }
    lines.push(`console.log(${p.log}, total)`, statement(p.final));
    return lines.join("\n");
  });

/** An expression statement: a line that would continue the one before it (ASI) starts with `;`. */
function statement(expr: string): string {
  return /^[([`+\-/]/.test(expr) ? `;${expr}` : expr;
}

/**
 * A deliberate misuse of a maybe-undefined value: a warning (SPEC §1), never an error. Put before
 * the final expression of a well-typed program.
 */
const misuse = fc.oneof(
  fc.constantFrom(
    "runName(best)",
    "best.id",
    "model.size",
    "artifactVersionAlias(model)",
    "job.toUpperCase()",
    "job.length",
    "runs.find(r => runRuntime(r) < 0).state",
    "runJobType(runs[2]).startsWith(\"t\")",
    "artifactVersionSize(runLoggedArtifactVersion(runs[2], \"model:latest\"))",
    "runLoggedArtifactVersion(runs[0], \"nothing\").aliases",
  ),
  top("Run[]", 0, 1).map((xs) => `runName(${xs}.find(r => r.state === "no such state"))`),
);

const warnedProgram = fc.tuple(program, misuse).map(([src, m]) => {
  const lines = src.split("\n");
  return [...lines.slice(0, -1), `console.log(${m})`, lines.at(-1)!].join("\n");
});

// ---------------------------------------------------------------------------------------------
// What counts as a type error at run time

/**
 * Runtime messages that mean a value had the wrong type for what the program did with it: what
 * a sound checker must rule out for a program it passes without a warning. (Messages of the
 * evaluator, the member access layer and the stdlib's argument checks, and the host TypeErrors
 * they pass on.)
 */
const TYPE_ERRORS: readonly RegExp[] = [
  /^cannot (read|set|call) /, // cannot read `x` of undefined / of number; cannot call `f` of null
  /is not a function/,
  /have no method/, // strings have no method `x`
  /has no (field|member)/, // Run has no field `x`; Math has no member `x`
  /is a method of/,
  /is not iterable/,
  /expects (a|an) /, // runName expects a Run as `run`, got …; map expects a function, got …
  /cannot be converted/, // a function cannot be converted to a string or a number
  /Cannot convert/, // Cannot convert object to primitive value; … undefined or null to object
  /cannot destructure/,
  /is not an entry object/,
  /before initialization/,
  /Reduce of empty array/,
  /^internal error/,
];

/** Weft's own message about a missing value, which a warned program may fail with. */
const MISSING_VALUE = /(of undefined|got undefined|undefined is not iterable)/;

interface Failure {
  readonly workspace: string;
  readonly error: unknown;
}

/** The compiled program, or (where the checker reports anything) its first diagnostic. */
function compileOrDiagnose(src: string): Program | string {
  try {
    const compiled = compile(src);
    if (compiled.warnings.length === 0) return compiled;
  } catch (e) {
    if (!(e instanceof WeftError)) throw e;
  }
  const d = check(src)[0]!;
  return `${d.severity} ${d.span.line}:${d.span.column} ${d.message}`;
}

function runEverywhere(program: Program, seed: number): Failure[] {
  const failures: Failure[] = [];
  for (const [name, ws] of workspaces(seed)) {
    try {
      program.run(ws, { now: SAMPLE_NOW });
    } catch (error) {
      failures.push({ workspace: name, error });
    }
  }
  return failures;
}

function describeFailure(src: string, f: Failure): string {
  const e = f.error;
  const what = e instanceof WeftError ? `${e.kind} error at ${e.line}:${e.column}: ${e.message}` : `not a WeftError: ${String(e)}`;
  return `over the ${f.workspace} workspace, ${what}\n--- program ---\n${src}`;
}

// ---------------------------------------------------------------------------------------------

describe("soundness: well-typed generated programs", () => {
  it("the generators produce programs (a sample, for a reader of this file)", () => {
    const [one] = fc.sample(program, { seed: 1, numRuns: 1 });
    expect(one).toContain("const best = ");
    expect(check(one!)).toEqual([]);
  });

  it("check with no diagnostic, and never fail at run time with a type error", () => {
    const rejected: { src: string; diagnostic: string }[] = [];
    const otherFailures: string[] = [];
    let total = 0;
    fc.assert(
      fc.property(program, seeds, (src, seed) => {
        total++;
        const compiled = compileOrDiagnose(src);
        if (typeof compiled === "string") {
          rejected.push({ src, diagnostic: compiled });
          return;
        }
        for (const f of runEverywhere(compiled, seed)) {
          const e = f.error;
          if (!(e instanceof WeftError)) throw new Error(describeFailure(src, f));
          if (e.kind === "runtime" && TYPE_ERRORS.some((p) => p.test(e.message))) throw new Error(describeFailure(src, f));
          otherFailures.push(describeFailure(src, f));
        }
      }),
      { seed: 42, numRuns: 200 },
    );
    // Nearly every generated program must pass the checker: a rejection is a false positive (or a
    // generator that wrote something ill-typed). Print the reasons, to report them.
    if (rejected.length > 0) console.log(`the checker rejected ${rejected.length} of ${total} generated programs:\n${rejected.slice(0, 5).map((r) => `${r.diagnostic}\n${r.src}`).join("\n\n")}`);
    expect(rejected.length / total).toBeLessThanOrEqual(0.05);
    // Limits, or a value error such as an invalid date, are not type errors; none is expected either.
    expect(otherFailures).toEqual([]);
  });
});

describe("soundness: programs with a warned maybe-undefined value", () => {
  it("check with warnings and no error, and fail only with Weft's message about the missing value", () => {
    let failed = 0;
    fc.assert(
      fc.property(warnedProgram, seeds, (src, seed) => {
        const diagnostics = check(src);
        expect(diagnostics.filter((d) => d.severity === "error"), src).toEqual([]);
        expect(diagnostics.length, `no warning for:\n${src}`).toBeGreaterThan(0);
        for (const f of runEverywhere(compile(src), seed)) {
          const e = f.error;
          const clear = e instanceof WeftError && e.kind === "runtime" && e.line !== undefined && MISSING_VALUE.test(e.message) && !/^internal error/.test(e.message);
          if (!clear) throw new Error(describeFailure(src, f));
          failed++;
        }
      }),
      { seed: 42, numRuns: 60 },
    );
    // The misuses are chosen so that some really meet a missing value.
    expect(failed).toBeGreaterThan(0);
  });
});

describe("soundness: JSON values used through methods", () => {
  /**
   * `runSummary(r).val_loss` is a JsonValue: a run may lack the key, or hold a string there. A method
   * called on one is a warning (the program runs), and a run without the key fails with Weft's own
   * message about the missing value, never silently.
   */
  const jsonMethod = fc
    .tuple(fc.constantFrom(...SUMMARY_KEYS, ...CONFIG_NUMBER_KEYS), fc.constantFrom("runSummary", "runConfig"), fc.constantFrom("toFixed(2)", "toString()", "valueOf()"))
    .map(([key, op, method]) => `runs.map(r => ${op}(r).${key}.${method})`);

  it("check with a warning about the JsonValue, no error, and fail only with Weft's message about the missing value", () => {
    fc.assert(
      fc.property(jsonMethod, seeds, (src, seed) => {
        const diagnostics = check(src);
        expect(diagnostics.map((d) => `${d.severity} ${d.message}`)).toEqual([expect.stringMatching(/^warning `\w+` is called on a JsonValue, which may be missing/)]);
        for (const f of runEverywhere(compile(src), seed)) {
          const e = f.error;
          if (!(e instanceof WeftError) || e.kind !== "runtime" || !MISSING_VALUE.test(e.message)) throw new Error(describeFailure(src, f));
        }
      }),
      { seed: 42, numRuns: 30 },
    );
  });
});
