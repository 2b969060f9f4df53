/**
 * The properties of Weft that the files of test/properties/ check, one definition each, shared by
 * `npm test` (bounded and seeded), `npm run fuzz` (a long budget) and the replay of the failures
 * the fuzzer wrote into regressions/. Each predicate throws on a failure; each keeps counts in
 * `stats` so that a test can show it did not pass vacuously.
 *
 * Inputs come from the `weft/testing` module (src/testing/): generated workspaces, typed
 * programs, their reformatted variants, ill-typed programs, random syntax trees, token soup and
 * garbled text. Known bugs are kept out of the generated inputs (each exclusion says which bug)
 * and pinned in known-bugs.test.ts.
 */
import fc from "fast-check";
import { expect } from "vitest";
import { check, compile, loadWorkspace, WeftError, type Program, type RunResult, type Workspace } from "../../src/index.js";
import { parseProgram } from "../../src/parse.js";
import { print } from "../../src/printer.js";
import { SourceText } from "../../src/source.js";
import type * as A from "../../src/ast.js";
import {
  garbled,
  illTypedProgram,
  program,
  PROGRAM_TYPES,
  snapshot,
  source,
  syntaxTree,
  text,
  tokenSoup,
  withoutSpans,
  workspace,
  type WorkspaceFile,
} from "../../src/testing/index.js";
import { canonical } from "../helpers/canonical.js";
import { runInV8 } from "../helpers/v8-reference.js";
import { sample } from "../helpers/weft.js";
import { defineProperty, type AnyProperty } from "./harness.js";

/** The clock the properties run at: the end of the sample workspace's timeline. */
export const NOW = "2026-11-23T18:00:00.000Z";

// ---------------------------------------------------------------------------------------------
// Inputs

/** Workspaces the typed programs are meant for, mostly; now and then any workspace, where they may fail (as in V8). */
export const programWorkspace: fc.Arbitrary<WorkspaceFile> = fc.oneof(
  { weight: 3, arbitrary: workspace({ minRuns: 3, maxRuns: 5, minArtifacts: 2, minVersions: 2, maxVersions: 3 }) },
  { weight: 1, arbitrary: workspace() },
);

/** Well-typed programs of every type, programs that write to what they read, and both reformatted. */
export const runnableProgram: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: program({ type: PROGRAM_TYPES }) },
  { weight: 2, arbitrary: program({ mutate: true }) },
  { weight: 1, arbitrary: program({ misuse: true }) },
  { weight: 1, arbitrary: source({ of: program({ type: PROGRAM_TYPES }) }) },
);

/** Programs that parse, well-typed or not. */
const parsedProgram: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: illTypedProgram() },
  { weight: 2, arbitrary: syntaxTree().map(print) },
  { weight: 1, arbitrary: source({ of: fc.oneof(program({ type: PROGRAM_TYPES }), program({ mutate: true })) }) },
);

/** Text for the parser: random characters, token soup, near-misses of programs, programs. */
const parserInput: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 2, arbitrary: text() },
    { weight: 3, arbitrary: tokenSoup() },
    { weight: 3, arbitrary: garbled({ of: fc.oneof(program(), source(), syntaxTree().map(print)) }) },
    { weight: 1, arbitrary: source() },
  );

// ---------------------------------------------------------------------------------------------
// Helpers

/** Where a 1-based line and column may point in `src`: a line it has, a column up to one past the line's end. */
export function positionInside(src: string, line: number | undefined, column: number | undefined): boolean {
  if (line === undefined || column === undefined) return false;
  // Lines as JavaScript (and Weft's lexer and SourceText) count them: \n, \r\n and a lone \r end one.
  const lines = src.split(/\r\n|\r|\n/);
  if (!Number.isInteger(line) || line < 1 || line > lines.length) return false;
  return Number.isInteger(column) && column >= 1 && column <= lines[line - 1]!.length + 1;
}

export type Outcome = { value: unknown; console: RunResult["console"] } | { error: { kind: string; message: string; line?: number; column?: number } } | { thrown: string };

/** A run's value and console (canonically encoded), or its WeftError, or (a failure of Weft) anything else it threw. */
export function outcome(run: () => RunResult): Outcome {
  try {
    const r = run();
    return { value: canonical(r.value), console: r.console };
  } catch (e) {
    if (e instanceof WeftError) return { error: { kind: e.kind, message: e.message, line: e.line, column: e.column } };
    return { thrown: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

/**
 * What Weft refuses on purpose where V8 answers (docs/language.md, "Where Weft refuses what V8 would
 * run"; docs/security.md): prototypes and members not listed, methods taken as values, entities'
 * unlisted fields, functions that do not convert, array keys, `__proto__`, `Math.random`, and the limits.
 */
export const DOCUMENTED_REFUSALS: readonly RegExp[] = [
  /is not accessible in Weft/,
  /is a method of/,
  /has no (field|member)/,
  /functions have no properties/,
  /a function cannot be converted/,
  /an array takes only indices/,
  /`__proto__` cannot be (set|used as a key)/,
  /`Math.random` is not available/,
];

export const stats = {
  differential: { total: 0, checkedOut: 0, bothAnswered: 0, bothFailed: 0, refused: 0 },
  parser: { total: 0, parsed: 0, syntaxErrors: 0 },
  checker: { total: 0, withErrors: 0, clean: 0 },
  printer: { trees: 0, programs: 0 },
  determinism: { total: 0, answered: 0 },
  isolation: { total: 0, answered: 0, failed: 0 },
};

// ---------------------------------------------------------------------------------------------
// 1. V8 differential

/** The compiled program, or undefined where the checker or the parser refuses it; anything else thrown is a failure. */
function accepted(src: string): Program | undefined {
  try {
    return compile(src);
  } catch (e) {
    if (e instanceof WeftError && (e.kind === "type" || e.kind === "syntax")) return undefined;
    throw e;
  }
}

/**
 * The V8 rule (SPEC §1), for one program and one workspace file: where Weft accepts the program,
 * its value and console output are what V8 gives for the same source (test/helpers/v8-reference.ts
 * binds the roots and ops); where one fails, the other fails too. Weft may refuse where V8 answers
 * only with a documented refusal.
 */
export function agreesWithV8(file: WorkspaceFile, src: string): void {
  stats.differential.total++;
  const compiled = accepted(src);
  if (!compiled) return;
  stats.differential.checkedOut++;
  const ws = loadWorkspace(file);
  const weft = outcome(() => compiled.run(ws, { now: NOW }));
  let v8: Outcome;
  try {
    const r = runInV8(src, file, { now: NOW });
    v8 = { value: canonical(r.value), console: r.console };
  } catch (e) {
    v8 = { thrown: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
  judge(weft, v8);
}

/** The path of the first place two canonical outcomes differ (`value[2].$object[0]`, `console[1].text`), or undefined. */
export function firstDifference(a: unknown, b: unknown, path: string): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object" || Array.isArray(a) !== Array.isArray(b)) return path || "(the whole)";
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = i < a.length && i < b.length ? firstDifference(a[i], b[i], `${path}[${i}]`) : `${path}.length`;
      if (d !== undefined) return d;
    }
    return undefined;
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.join() !== kb.join()) return `${path} (keys ${ka.join(",")} / ${kb.join(",")})`;
  for (const k of ka) {
    const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k);
    if (d !== undefined) return d;
  }
  return undefined;
}

/** The verdict on one program's two outcomes: throws unless they agree (or Weft refuses as documented). */
export function judge(weft: Outcome, v8: Outcome): void {
  if ("thrown" in weft) throw new Error(`Weft threw something other than a WeftError: ${weft.thrown}`);
  if ("value" in weft && "value" in v8) {
    stats.differential.bothAnswered++;
    const where = firstDifference(weft, v8, "");
    if (where !== undefined) throw new Error(`Weft and V8 disagree at ${where}\nWeft: ${JSON.stringify(weft)}\nV8:   ${JSON.stringify(v8)}`);
    return;
  }
  if ("error" in weft && "thrown" in v8) {
    stats.differential.bothFailed++;
    return;
  }
  if ("error" in weft && (weft.error.kind === "limit" || DOCUMENTED_REFUSALS.some((r) => r.test(weft.error.message)))) {
    stats.differential.refused++;
    return;
  }
  throw new Error(`Weft and V8 disagree: Weft ${"error" in weft ? `fails (${weft.error.kind}: ${weft.error.message})` : "answers"}, V8 ${"thrown" in v8 ? `fails (${v8.thrown})` : "answers"}\nWeft: ${JSON.stringify(weft)}\nV8:   ${JSON.stringify(v8)}`);
}

export const differential = defineProperty({
  name: "v8-differential",
  arbitraries: [programWorkspace, runnableProgram],
  predicate: agreesWithV8,
  numRuns: 120,
  fuzzRuns: 100_000,
  seed: 7001,
});

// ---------------------------------------------------------------------------------------------
// 2. Printer round trip

/** `parse(print(tree))` is `tree` (spans aside), and printing that again gives the same text. */
export function printsBack(tree: A.Program): void {
  stats.printer.trees++;
  const text = print(tree);
  let reparsed: A.Program;
  try {
    reparsed = parseProgram(text);
  } catch (e) {
    throw new Error(`the printed text does not parse (${e instanceof Error ? e.message : String(e)}):\n${text}`);
  }
  expect(withoutSpans(reparsed), `the printed text parses to another tree:\n${text}`).toEqual(withoutSpans(tree));
  expect(print(reparsed), "printing is not stable").toBe(text);
}

/** For a program that parses: its tree prints back (as above). */
export function programPrintsBack(src: string): void {
  stats.printer.programs++;
  let tree: A.Program;
  try {
    tree = parseProgram(src);
  } catch {
    return;
  }
  // A number literal too large for a double is Infinity, which the printer writes as the name `Infinity` (known-bugs.test.ts).
  if (JSON.stringify(withoutSpans(tree), (_k, v: unknown) => (v === Infinity ? "∞" : v)).includes('"value":"∞"')) return;
  printsBack(tree);
}

export const printerTrees = defineProperty({
  name: "printer-roundtrip-trees",
  arbitraries: [syntaxTree()],
  predicate: printsBack,
  numRuns: 400,
  fuzzRuns: 100_000,
  seed: 7002,
});

export const printerPrograms = defineProperty({
  name: "printer-roundtrip-programs",
  arbitraries: [fc.oneof(runnableProgram, parsedProgram)],
  predicate: programPrintsBack,
  numRuns: 300,
  fuzzRuns: 100_000,
  seed: 7003,
});

// ---------------------------------------------------------------------------------------------
// 3. Parser totality

/** Any text gives a program or a `syntax` WeftError whose line and column lie inside the text; nothing else. */
export function parsesOrFailsClearly(src: string): void {
  stats.parser.total++;
  try {
    parseProgram(src);
    stats.parser.parsed++;
  } catch (e) {
    if (!(e instanceof WeftError)) throw new Error(`parsing threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}, not a WeftError`);
    if (e.kind !== "syntax") throw new Error(`parsing failed with a ${e.kind} error, not a syntax error: ${e.message}`);
    stats.parser.syntaxErrors++;
    if (!positionInside(src, e.line, e.column)) throw new Error(`the syntax error's position ${e.line}:${e.column} is not inside the text (${src.split("\n").length} lines): ${e.message}`);
    if (!positionInside(src, e.endLine, e.endColumn)) throw new Error(`the syntax error's end ${e.endLine}:${e.endColumn} is not inside the text: ${e.message}`);
    if (e.endLine! < e.line! || (e.endLine === e.line && e.endColumn! < e.column!)) throw new Error(`the syntax error ends (${e.endLine}:${e.endColumn}) before it starts (${e.line}:${e.column})`);
  }
}

export const parser = defineProperty({
  name: "parser-totality",
  arbitraries: [parserInput],
  predicate: parsesOrFailsClearly,
  numRuns: 2_500,
  fuzzRuns: 1_000_000,
  seed: 7004,
});

// ---------------------------------------------------------------------------------------------
// 4. Checker totality

/**
 * `check` never throws, whatever the program (well-typed, ill-typed, random, or not parsing at all);
 * every diagnostic has a known severity and kind and lies inside the source: a type diagnostic's
 * offsets and its line and column name the same places; a syntax one's line and column are in the
 * text. `compile` throws nothing but a WeftError.
 */
export function checksTotally(src: string, withWorkspace: boolean): void {
  stats.checker.total++;
  const options = withWorkspace ? { workspace: sample } : {};
  let diagnostics;
  try {
    diagnostics = check(src, options);
  } catch (e) {
    throw new Error(`check threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
  }
  const lines = new SourceText(src);
  for (const d of diagnostics) {
    const where = `${d.severity} ${d.kind} at ${d.span.line}:${d.span.column}: ${d.message}`;
    expect(["error", "warning"], where).toContain(d.severity);
    expect(["syntax", "type", "limit"], where).toContain(d.kind);
    expect(positionInside(src, d.span.line, d.span.column), `${where}: the start is not inside the source`).toBe(true);
    expect(positionInside(src, d.span.endLine, d.span.endColumn), `${where}: the end is not inside the source`).toBe(true);
    if (d.kind === "type") {
      expect(0 <= d.span.start && d.span.start <= d.span.end && d.span.end <= src.length, `${where}: offsets ${d.span.start}..${d.span.end} outside 0..${src.length}`).toBe(true);
      expect(lines.position(d.span.start), `${where}: the start offset is elsewhere`).toEqual({ line: d.span.line, column: d.span.column });
      expect(lines.position(d.span.end), `${where}: the end offset is elsewhere`).toEqual({ line: d.span.endLine, column: d.span.endColumn });
    }
  }
  if (diagnostics.some((d) => d.severity === "error")) stats.checker.withErrors++;
  else if (diagnostics.length === 0) stats.checker.clean++;
  try {
    compile(src, options);
  } catch (e) {
    if (!(e instanceof WeftError)) throw new Error(`compile threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}, not a WeftError`);
  }
}

export const checker = defineProperty({
  name: "checker-totality",
  arbitraries: [fc.oneof({ weight: 4, arbitrary: parsedProgram }, { weight: 1, arbitrary: garbled() }), fc.boolean()],
  predicate: checksTotally,
  numRuns: 400,
  fuzzRuns: 100_000,
  seed: 7005,
});

// ---------------------------------------------------------------------------------------------
// 5. Determinism

/**
 * The same program over the same workspace at the same clock gives the same outcome (value and
 * console, or error): run twice, compiled afresh (not from the compile cache) over a freshly
 * loaded workspace, and with the clock given as a number, a Date and an ISO string.
 */
export function deterministic(file: WorkspaceFile, src: string, nowMs: number): void {
  stats.determinism.total++;
  const compiled = accepted(src);
  if (!compiled) return;
  const ws = loadWorkspace(file);
  const first = outcome(() => compiled.run(ws, { now: nowMs }));
  if ("value" in first) stats.determinism.answered++;
  expect(outcome(() => compiled.run(ws, { now: nowMs })), "a second run differs").toEqual(first);
  const fresh = compile(src, { limits: {} });
  expect(fresh, "compile({ limits }) should not come from the cache").not.toBe(compiled);
  expect(outcome(() => fresh.run(loadWorkspace(file), { now: new Date(nowMs) })), "a fresh compile over a fresh workspace differs").toEqual(first);
  expect(outcome(() => compiled.run(ws, { now: new Date(nowMs).toISOString() })), "the clock as an ISO string gives another outcome").toEqual(first);
}

export const determinism = defineProperty({
  name: "determinism",
  arbitraries: [programWorkspace, runnableProgram, fc.integer({ min: Date.parse("2020-01-01T00:00:00Z"), max: Date.parse("2031-01-01T00:00:00Z") })],
  predicate: deterministic,
  numRuns: 200,
  fuzzRuns: 100_000,
  seed: 7006,
});

// ---------------------------------------------------------------------------------------------
// 6. Isolation

/** Programs that write to what they read, and any others. */
const writingProgram = fc.oneof({ weight: 3, arbitrary: program({ mutate: true }) }, { weight: 1, arbitrary: runnableProgram });

/**
 * After a program runs (it may sort, reverse, push, splice, assign into `runConfig(r)`, set a
 * Date, …), the workspace is deep-equal to a snapshot taken before, the file it was loaded from is
 * unchanged, and a second run gives the outcome of the first.
 */
export function isolated(file: WorkspaceFile, src: string): void {
  stats.isolation.total++;
  const compiled = accepted(src);
  if (!compiled) return;
  const fileText = JSON.stringify(file);
  const ws: Workspace = loadWorkspace(file);
  const before = snapshot(ws);
  const first = outcome(() => compiled.run(ws, { now: NOW }));
  if ("value" in first) stats.isolation.answered++;
  else stats.isolation.failed++;
  expect(snapshot(ws), "the run changed the workspace").toEqual(before);
  const second = outcome(() => compiled.run(ws, { now: NOW }));
  expect(second, "a second run differs from the first").toEqual(first);
  expect(snapshot(ws), "the second run changed the workspace").toEqual(before);
  expect(JSON.stringify(file), "the workspace file changed").toBe(fileText);
}

export const isolation = defineProperty({
  name: "isolation",
  arbitraries: [programWorkspace, writingProgram],
  predicate: isolated,
  numRuns: 200,
  fuzzRuns: 100_000,
  seed: 7007,
});

/** Every property, by name, for the replay of regressions/. */
export const PROPERTIES: ReadonlyMap<string, AnyProperty> = new Map(
  ([differential, printerTrees, printerPrograms, parser, checker, determinism, isolation] as unknown as AnyProperty[]).map((p) => [p.name, p]),
);
