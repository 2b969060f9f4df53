/**
 * The evaluation under way. Evaluations are synchronous, so one slot serves: `run` sets it on
 * entry and restores the previous value on exit. Builtins and ops read it for the clock, the
 * console, the limits and the workspace view, which keeps them plain functions.
 */
import { WeftError } from "../errors.js";
import type { EvalContext } from "./context.js";

let current: EvalContext | undefined;

export function active(): EvalContext {
  if (current === undefined) throw new WeftError("runtime", "a Weft function was called outside of its evaluation");
  return current;
}

/** The evaluation under way, if any. */
export function activeOrNone(): EvalContext | undefined {
  return current;
}

export function withContext<R>(ctx: EvalContext, f: () => R): R {
  const previous = current;
  current = ctx;
  try {
    return f();
  } finally {
    current = previous;
  }
}
