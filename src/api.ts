/**
 * The embedding API (SPEC §4b): `compile` parses and checks a program once; its `run` evaluates
 * it over any workspace, any number of times.
 */
import { WeftError, type ConsoleEntry } from "./errors.js";
import { parseProgram, guardDepth } from "./parse.js";
import { compileProgram, type CompiledProgram } from "./eval/compile.js";
import { EvalContext } from "./runtime/context.js";
import { withContext } from "./runtime/active.js";
import type { Value } from "./runtime/values.js";
import { DEFAULT_COMPILE_LIMITS, DEFAULT_RUN_LIMITS, type CompileLimits, type RunLimits } from "./limits.js";
import { Workspace } from "./workspace/entities.js";
import type * as A from "./ast.js";

export interface CompileOptions {
  limits?: Partial<CompileLimits>;
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
  run(workspace: Workspace, options?: RunOptions): RunResult;
}

export function compile(source: string, options: CompileOptions = {}): Program {
  if (typeof source !== "string") throw new WeftError("usage", `compile expects the program's source text, got ${source === null ? "null" : typeof source}`);
  const limits = { ...DEFAULT_COMPILE_LIMITS, ...options.limits };
  const ast = parseProgram(source, limits);
  const compiled = guardDepth(() => compileProgram(ast));
  return Object.freeze({ source, ast, run: (workspace: Workspace, runOptions?: RunOptions) => runCompiled(compiled, workspace, runOptions ?? {}) });
}

function clock(now: RunOptions["now"]): number {
  if (now === undefined) return Date.now();
  const t = now instanceof Date ? now.getTime() : typeof now === "number" ? now : Date.parse(now);
  if (!Number.isFinite(t)) throw new WeftError("usage", `now must be a date, got ${JSON.stringify(now instanceof Date ? "Invalid Date" : now)}`);
  return t;
}

function runLimits(overrides: Partial<RunLimits> | undefined): RunLimits {
  const limits = { ...DEFAULT_RUN_LIMITS, ...overrides };
  for (const [key, value] of Object.entries(limits)) {
    if (typeof value !== "number" || Number.isNaN(value) || value < 0) throw new WeftError("usage", `limits.${key} must be a number ≥ 0, got ${String(value)}`);
  }
  return limits;
}

function runCompiled(compiled: CompiledProgram, workspace: Workspace, options: RunOptions): RunResult {
  if (!(workspace instanceof Workspace)) throw new WeftError("usage", "run expects a workspace from loadWorkspace(data)");
  const ctx = new EvalContext(workspace, clock(options.now), runLimits(options.limits), compiled.isolating);
  try {
    const value = withContext(ctx, () => compiled.run(compiled.frame(ctx)));
    return { value, console: ctx.console };
  } catch (e) {
    const error = asWeftError(e);
    error.console = ctx.console;
    throw error;
  }
}

function asWeftError(e: unknown): WeftError {
  if (e instanceof WeftError) return e;
  if (e instanceof RangeError && /call stack/i.test(e.message)) return new WeftError("limit", "calls nested too deeply for the host's stack (lower limits.maxCallDepth)");
  const message = e instanceof Error ? e.message : String(e);
  return new WeftError("runtime", `internal error: ${message}`);
}
