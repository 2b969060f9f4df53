/** Argument handling shared by the builtins: JavaScript's coercions, done by Weft rather than the host. */
import { toNumber, toStr, typeName, runtimeError, type Value } from "../../src/runtime/values.js";

/** A number argument, keeping `undefined` as it is (the host treats "absent" and NaN differently). */
export function optNum(v: Value): number | undefined {
  return v === undefined ? undefined : toNumber(v);
}

export function optStr(v: Value): string | undefined {
  return v === undefined ? undefined : toStr(v);
}

export function callback(v: Value, who: string): (...args: Value[]) => Value {
  if (typeof v !== "function") throw runtimeError(`${who} expects a function, got ${typeName(v)}`);
  return v as (...args: Value[]) => Value;
}

/**
 * A host error's message, unless it quotes source text (a host TypeError may print a function it
 * was handed, and a Weft function's host source is no business of the program's).
 */
function hostMessage(message: string): string {
  return message.length > 200 || message.includes("=>") || /function\s*[\w$]*\s*\(/.test(message) ? "a builtin was given an argument of the wrong kind" : message;
}

/** Runs a host builtin, turning the host's own errors into Weft runtime errors with V8's words. */
export function host<R>(f: () => R): R {
  try {
    return f();
  } catch (e) {
    if (e instanceof TypeError || e instanceof SyntaxError || (e instanceof RangeError && !e.message.includes("call stack"))) throw runtimeError(hostMessage(e.message));
    throw e;
  }
}

/** Arguments handed to a host function in one call at most: the host copies them onto its stack. */
const ARGS_AT_ONCE = 8192;

/**
 * `f(acc, …items)` for any number of items, `ARGS_AT_ONCE` at a time: a program may spread 100,000
 * values into `Math.max(…)` or `push(…)`, which V8 takes at the first call but not when a builtin
 * spreads them again. `f` must give the same answer in chunks as at once (max, min, push, concat).
 */
export function inChunks<R, I>(items: readonly I[], start: R, f: (acc: R, chunk: readonly I[]) => R): R {
  if (items.length <= ARGS_AT_ONCE) return f(start, items);
  let acc = start;
  for (let i = 0; i < items.length; i += ARGS_AT_ONCE) acc = f(acc, items.slice(i, i + ARGS_AT_ONCE));
  return acc;
}
