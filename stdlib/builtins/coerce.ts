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

/** Runs a host builtin, turning the host's own errors into Weft runtime errors with V8's words. */
export function host<R>(f: () => R): R {
  try {
    return f();
  } catch (e) {
    if (e instanceof TypeError || e instanceof SyntaxError || (e instanceof RangeError && !/call stack/i.test(e.message))) throw runtimeError(e.message);
    throw e;
  }
}
