/** A program's value as JSON (SPEC §4): `undefined` → null, a Date → its ISO string, NaN and ±Infinity → strings. */
import { isEntity, entityJson } from "./workspace/entities.js";
import { Namespace, type Value } from "./runtime/values.js";

export type JsonOut = null | boolean | number | string | JsonOut[] | { [key: string]: JsonOut };

export function toJsonValue(v: Value, depth = 0): JsonOut {
  if (depth > 10_000) return null;
  if (v === undefined || v === null || typeof v === "function" || typeof v === "symbol" || typeof v === "bigint") return null;
  if (typeof v === "number") return Number.isNaN(v) ? "NaN" : v === Infinity ? "Infinity" : v === -Infinity ? "-Infinity" : v;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "Invalid Date" : v.toISOString();
  if (Array.isArray(v)) {
    const out: JsonOut[] = new Array(v.length);
    for (let i = 0; i < v.length; i++) out[i] = toJsonValue(v[i], depth + 1);
    return out;
  }
  if (v instanceof Namespace) return {};
  const source = isEntity(v) ? entityJson(v) : (v as Record<string, Value>);
  const out: { [key: string]: JsonOut } = {};
  for (const key of Object.keys(source)) {
    Object.defineProperty(out, key, { value: toJsonValue((source as Record<string, Value>)[key], depth + 1), enumerable: true, writable: true, configurable: true });
  }
  return out;
}
