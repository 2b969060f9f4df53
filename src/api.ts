/**
 * The embedding API (SPEC §4b): `compile` parses and checks a program once; its `run` evaluates
 * it over any workspace, any number of times.
 */
import { WeftError, IsolationNeeded, isStackOverflow, type ConsoleEntry } from "./errors.js";
import { SourceText } from "./source.js";
import { parseProgram, guardDepth } from "./parse.js";
import { compileProgram, type CompiledProgram } from "./eval/compile.js";
import { EvalContext } from "./runtime/context.js";
import { withContext } from "./runtime/active.js";
import type { Value } from "./runtime/values.js";
import { DEFAULT_RUN_LIMITS, checkedCompileLimits, checkedLimits, type CompileLimits, type RunLimits } from "./limits.js";
import { Workspace } from "./workspace/entities.js";
import type * as A from "./ast.js";
import { checkProgram } from "./check/checker.js";
import { dataShape, type DataShape } from "./check/data-shape.js";
import type { Diagnostic } from "./check/diagnostics.js";

export interface CompileOptions {
  limits?: Partial<CompileLimits>;
  /** A workspace to check against: a config or summary key that none of its runs has is then a warning. */
  workspace?: Workspace;
}

export interface RunOptions {
  /** The evaluation's clock: what `new Date()` and `Date.now()` answer. Defaults to the real time at the call. */
  now?: Date | number | string;
  limits?: Partial<RunLimits>;
}

export interface RunResult {
  /** The program's value as the language produced it: `undefined`, Dates, entities and all. */
  value: Value;
  console: ConsoleEntry[];
}

export interface Program {
  readonly source: string;
  readonly ast: A.Program;
  /** The checker's warnings: places that may fail at run time (a value that may be undefined, an unknown config key). */
  readonly warnings: readonly Diagnostic[];
  run(workspace: Workspace, options?: RunOptions): RunResult;
}

const shapes = new WeakMap<Workspace, DataShape>();

function shapeOf(workspace: Workspace | undefined): DataShape | undefined {
  if (!workspace) return undefined;
  let shape = shapes.get(workspace);
  if (!shape) shapes.set(workspace, (shape = dataShape(workspace)));
  return shape;
}

function sourceText(source: unknown): string {
  if (typeof source !== "string") throw new WeftError("usage", `expected the program's source text, got ${source === null ? "null" : typeof source}`);
  return source;
}

/**
 * Parses and checks a program. Throws a `syntax` or `type` WeftError (the first error) when the
 * program cannot run; `check` lists every diagnostic instead.
 */
export function compile(source: string, options: CompileOptions = {}): Program {
  const cache = options.limits === undefined ? cacheFor(options.workspace) : undefined;
  const known = cache?.get(sourceText(source));
  if (known) return known;
  const ast = parseProgram(sourceText(source), checkedCompileLimits(options.limits));
  const { diagnostics } = checkProgram(ast, { data: shapeOf(options.workspace) });
  const error = diagnostics.find((d) => d.severity === "error");
  if (error) throw new WeftError(error.kind, error.message, error.span);
  const program = build(source, ast, diagnostics);
  if (cache) remember(cache, source, program);
  return program;
}

/**
 * Compiled programs by source: a panel recompiles the same expression on every render. A program
 * holds no state between runs, so one compiled program serves every caller. Per workspace where
 * one was given, because its warnings depend on the workspace's keys.
 */
const CACHE_SIZE = 256;
const plainCache = new Map<string, Program>();
const workspaceCaches = new WeakMap<Workspace, Map<string, Program>>();

function cacheFor(workspace: Workspace | undefined): Map<string, Program> {
  if (!workspace) return plainCache;
  let cache = workspaceCaches.get(workspace);
  if (!cache) workspaceCaches.set(workspace, (cache = new Map()));
  return cache;
}

function remember(cache: Map<string, Program>, source: string, program: Program): void {
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(source, program);
}

/** Compiles without the checker: only for tests that hold the evaluator itself to V8. */
export function compileUnchecked(source: string): Program {
  return build(source, parseProgram(sourceText(source)), []);
}

function build(source: string, ast: A.Program, warnings: readonly Diagnostic[]): Program {
  const compiled = guardDepth(() => compileProgram(ast));
  return Object.freeze({ source, ast, warnings, run: (workspace: Workspace, runOptions?: RunOptions) => runCompiled(compiled, workspace, runOptions ?? {}) });
}

/** Every diagnostic of a program, errors and warnings, syntax errors included; never throws for a bad program. */
export function check(source: string, options: CompileOptions = {}): Diagnostic[] {
  let ast: A.Program;
  try {
    ast = parseProgram(sourceText(source), checkedCompileLimits(options.limits));
  } catch (e) {
    if (e instanceof WeftError && e.line !== undefined && (e.kind === "syntax" || e.kind === "limit")) {
      const end = { line: e.endLine ?? e.line, column: e.endColumn ?? e.column! + 1 };
      const text = new SourceText(sourceText(source));
      const span = { start: text.offset(e.line, e.column!), end: text.offset(end.line, end.column), line: e.line, column: e.column!, endLine: end.line, endColumn: end.column };
      return [{ severity: "error", kind: e.kind, message: e.message, span }];
    }
    throw e;
  }
  return [...checkProgram(ast, { data: shapeOf(options.workspace) }).diagnostics];
}

function clock(now: RunOptions["now"]): number {
  if (now === undefined) return Date.now();
  const t = now instanceof Date ? now.getTime() : typeof now === "number" ? now : Date.parse(now);
  if (!Number.isFinite(t)) throw new WeftError("usage", `now must be a date, got ${JSON.stringify(now instanceof Date ? "Invalid Date" : now)}`);
  return t;
}

function runLimits(overrides: Partial<RunLimits> | undefined): RunLimits {
  return checkedLimits(DEFAULT_RUN_LIMITS, overrides);
}

function runCompiled(compiled: CompiledProgram, workspace: Workspace, options: RunOptions): RunResult {
  if (!(workspace instanceof Workspace)) throw new WeftError("usage", "run expects a workspace from loadWorkspace(data)");
  const now = clock(options.now);
  const limits = runLimits(options.limits);
  // A program first runs over the workspace's own (frozen) data, which costs nothing; if it writes
  // into that data, it runs again from the start with its own copy-on-first-touch view, and so
  // does every later run of it.
  for (;;) {
    const ctx = new EvalContext(workspace, now, limits, compiled.isolating);
    try {
      const value = withContext(ctx, () => compiled.run(compiled.frame(ctx)));
      return { value, console: ctx.console };
    } catch (e) {
      if (e instanceof IsolationNeeded && !compiled.isolating) {
        compiled.isolating = true;
        continue;
      }
      const error = asWeftError(e);
      error.console = ctx.console;
      throw error;
    }
  }
}

function asWeftError(e: unknown): WeftError {
  if (e instanceof WeftError) return e;
  if (isStackOverflow(e)) return new WeftError("limit", "calls nested too deeply for the host's stack (lower limits.maxCallDepth)");
  const message = e instanceof Error ? e.message : String(e);
  return new WeftError("runtime", `internal error: ${message}`);
}
