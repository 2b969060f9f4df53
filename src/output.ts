/** A program's value as JSON (SPEC §4): `undefined` → null, a Date → its ISO string, NaN and ±Infinity → strings. */
import { isEntity, entityJson } from "./workspace/entities.js";
import { Namespace, type Value } from "./runtime/values.js";
import { WeftError } from "./errors.js";

export type JsonOut = null | boolean | number | string | JsonOut[] | { [key: string]: JsonOut };

/** How many values `toJsonValue` visits before it refuses: a structure that shares itself can be vast. */
const MAX_VISITS = 20_000_000;

export function toJsonValue(v: Value): JsonOut {
  const budget = { left: MAX_VISITS };
  return convert(v, 0, budget);
}

function convert(v: Value, depth: number, budget: { left: number }): JsonOut {
  if (--budget.left < 0) throw new WeftError("limit", `the value has more than ${MAX_VISITS} parts to write as JSON (it may share parts with itself many times over)`);
  if (depth > 5_000) throw new WeftError("limit", "the value nests more than 5000 deep to write as JSON");
  if (v === undefined || v === null || typeof v === "function" || typeof v === "symbol" || typeof v === "bigint") return null;
  if (typeof v === "number") return Number.isNaN(v) ? "NaN" : v === Infinity ? "Infinity" : v === -Infinity ? "-Infinity" : v;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "Invalid Date" : v.toISOString();
  if (Array.isArray(v)) {
    const out: JsonOut[] = new Array(v.length);
    for (let i = 0; i < v.length; i++) out[i] = convert(v[i], depth + 1, budget);
    return out;
  }
  if (v instanceof Namespace) return {};
  const source = isEntity(v) ? entityJson(v) : (v as Record<string, Value>);
  const out: { [key: string]: JsonOut } = {};
  for (const key of Object.keys(source)) {
    Object.defineProperty(out, key, { value: convert((source as Record<string, Value>)[key], depth + 1, budget), enumerable: true, writable: true, configurable: true });
  }
  return out;
}
