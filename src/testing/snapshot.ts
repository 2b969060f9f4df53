/**
 * `snapshot(value)`: a deep, plain-data picture of a loaded workspace (or of anything), for
 * asserting that an evaluation changed nothing: `expect(snapshot(ws)).toEqual(before)`.
 */
import { isDictionary } from "../workspace/entities.js";

/**
 * Everything reachable from `value` as plain JSON-like data: every own property (enumerable or
 * not, symbols aside) of every object, each object's class and whether it is frozen, a Date's
 * time, numbers with NaN and -0 spelled out, and shared or cyclic objects as references to where
 * they were first met. Two snapshots are deep-equal exactly when nothing reachable changed.
 */
export function snapshot(value: unknown): unknown {
  const seen = new Map<object, string>();
  const walk = (v: unknown, path: string): unknown => {
    switch (typeof v) {
      case "number":
        return Number.isNaN(v) ? "NaN" : Object.is(v, -0) ? "-0" : v === Infinity || v === -Infinity ? String(v) : v;
      case "undefined":
        return { $undefined: true };
      case "bigint":
        return { $bigint: String(v) };
      case "symbol":
        return { $symbol: String(v.description) };
      case "function":
        return { $function: v.name };
      case "string":
      case "boolean":
        return v;
    }
    if (v === null) return null;
    const obj = v as object;
    const first = seen.get(obj);
    if (first !== undefined) return { $ref: first };
    seen.set(obj, path);
    const proto = Object.getPrototypeOf(obj) as { constructor?: { name?: unknown } } | null;
    const out: Record<string, unknown> = {
      $class: isDictionary(obj) ? null : typeof proto?.constructor?.name === "string" ? proto.constructor.name : "?",
      $frozen: Object.isFrozen(obj),
    };
    if (obj instanceof Date) out["$time"] = walk(obj.getTime(), `${path}.$time`);
    const props: [string, unknown][] = [];
    for (const key of Object.getOwnPropertyNames(obj)) {
      const d = Object.getOwnPropertyDescriptor(obj, key)!;
      props.push([key, "value" in d ? walk(d.value, `${path}.${key}`) : { $accessor: true }]);
    }
    out["$props"] = props;
    return out;
  };
  return walk(value, "$");
}
