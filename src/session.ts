/**
 * A session: programs evaluated one after another over one workspace, each seeing the names the
 * earlier ones declared, as in a REPL or a notebook. Every program is still compiled and checked
 * before it runs; one that fails leaves the session as it was.
 */
import { WeftError } from "./errors.js";
import { parseProgram, guardDepth } from "./parse.js";
import { compileProgram } from "./eval/compile.js";
import { checkProgram, type CheckScope } from "./check/checker.js";
import { dataShape, type DataShape } from "./check/data-shape.js";
import type { Diagnostic } from "./check/diagnostics.js";
import type { Frame, Scope } from "./eval/scope.js";
import { EvalContext } from "./runtime/context.js";
import { withContext } from "./runtime/active.js";
import { DEFAULT_RUN_LIMITS, checkedLimits, type RunLimits } from "./limits.js";
import type { Workspace } from "./workspace/entities.js";
import type { RunResult } from "./api.js";

export interface SessionOptions {
  now?: number;
  limits?: Partial<RunLimits>;
}

/** What a session's program gives: its result, and the checker's warnings. */
export interface SessionResult extends RunResult {
  readonly warnings: readonly Diagnostic[];
}

export class Session {
  private scope: Scope | undefined;
  private checkScope: CheckScope | undefined;
  private readonly shape: DataShape;
  private frame: Frame | undefined;
  /** One context for the whole session, always isolating: a later program may write to what an earlier one read. */
  private readonly ctx: EvalContext;

  constructor(readonly workspace: Workspace, options: SessionOptions = {}) {
    this.ctx = new EvalContext(workspace, options.now ?? Date.now(), checkedLimits(DEFAULT_RUN_LIMITS, options.limits), true);
    this.shape = dataShape(workspace);
  }

  /** The names the session's programs have declared so far, innermost first. */
  names(): string[] {
    return this.scope?.visibleNames() ?? [];
  }

  /** Checks and runs a program; throws a WeftError (the first error) as `compile` and `run` do. */
  evaluate(source: string): SessionResult {
    const ast = parseProgram(source);
    const checked = checkProgram(ast, { data: this.shape, scope: this.checkScope });
    const error = checked.diagnostics.find((d) => d.severity === "error");
    if (error) throw new WeftError(error.kind, error.message, error.span);
    const warnings = checked.diagnostics.filter((d) => d.severity === "warning");
    const compiled = guardDepth(() => compileProgram(ast, this.scope));
    const ctx = this.ctx;
    ctx.restart();
    const frame = compiled.frame(ctx, this.frame);
    try {
      const value = withContext(ctx, () => compiled.run(frame));
      return { value, console: ctx.console.slice(), warnings };
    } catch (e) {
      const error = e instanceof WeftError ? e : new WeftError("runtime", `internal error: ${e instanceof Error ? e.message : String(e)}`);
      error.console = ctx.console.slice();
      throw error;
    } finally {
      // Declarations that ran stay visible, as in a browser console, even when a later statement failed.
      this.scope = compiled.scope;
      this.checkScope = checked.scope;
      this.frame = frame;
    }
  }
}
