/**
 * A session: programs evaluated one after another over one workspace, each seeing the names the
 * earlier ones declared, as in a REPL or a notebook. Every program is still compiled and checked
 * before it runs; one that fails leaves the session as it was.
 */
import { WeftError } from "./errors.js";
import { parseProgram, guardDepth } from "./parse.js";
import { compileProgram } from "./eval/compile.js";
import type { Frame, Scope } from "./eval/scope.js";
import { EvalContext } from "./runtime/context.js";
import { withContext } from "./runtime/active.js";
import { DEFAULT_RUN_LIMITS, type RunLimits } from "./limits.js";
import type { Workspace } from "./workspace/entities.js";
import type { RunResult } from "./api.js";

export interface SessionOptions {
  now?: number;
  limits?: Partial<RunLimits>;
}

export class Session {
  private scope: Scope | undefined;
  private frame: Frame | undefined;
  /** One context for the whole session, always isolating: a later program may write to what an earlier one read. */
  private readonly ctx: EvalContext;

  constructor(readonly workspace: Workspace, options: SessionOptions = {}) {
    this.ctx = new EvalContext(workspace, options.now ?? Date.now(), { ...DEFAULT_RUN_LIMITS, ...options.limits }, true);
  }

  /** The names the session's programs have declared so far, innermost first. */
  names(): string[] {
    return this.scope?.visibleNames() ?? [];
  }

  evaluate(source: string): RunResult {
    const compiled = guardDepth(() => compileProgram(parseProgram(source), this.scope));
    const ctx = this.ctx;
    ctx.steps = 0;
    ctx.depth = 0;
    ctx.console.length = 0;
    const frame = compiled.frame(ctx, this.frame);
    try {
      const value = withContext(ctx, () => compiled.run(frame));
      return { value, console: ctx.console.slice() };
    } catch (e) {
      const error = e instanceof WeftError ? e : new WeftError("runtime", `internal error: ${e instanceof Error ? e.message : String(e)}`);
      error.console = ctx.console.slice();
      throw error;
    } finally {
      // Declarations that ran stay visible, as in a browser console, even when a later statement failed.
      this.scope = compiled.scope;
      this.frame = frame;
    }
  }
}
