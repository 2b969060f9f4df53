/** A program's value as JSON (SPEC §4): `undefined` → null, a Date → its ISO string, NaN and ±Infinity → strings. */
import { isEntity, entityJson } from "./workspace/entities.js";
import { Namespace, type Value } from "./runtime/values.js";
import { WeftError } from "./errors.js";

export type JsonOut = null | boolean | number | string | JsonOut[] | { [key: string]: JsonOut };

/** How many parts `toJsonValue` writes at most: a structure that shares itself can be vast. */
const MAX_PARTS = 20_000_000;

export function toJsonValue(v: Value): JsonOut {
  // Counted first, each shared part once: `a = [a, a]` forty times over is refused at once, not after a long walk.
  if (partCount(v, new Map(), 0) > MAX_PARTS) {
    throw new WeftError("limit", `the value has more than ${MAX_PARTS} parts to write as JSON (it may share parts with itself many times over)`);
  }
  return convert(v, 0);
}

/** How many parts the value has written out, a shared part counted each time it appears; memoised by identity, so linear in the distinct objects. */
function partCount(v: Value, memo: Map<object, number>, depth: number): number {
  if (v === null || typeof v !== "object" || v instanceof Date || v instanceof Namespace || depth > 5_000) return 1;
  const known = memo.get(v);
  if (known !== undefined) return known;
  // A cycle counts once here; convert refuses it by its depth.
  memo.set(v, 1);
  const source = Array.isArray(v) ? v : Object.values(isEntity(v) ? entityJson(v) : (v as Record<string, Value>));
  let n = 1;
  for (const x of source) {
    n += partCount(x, memo, depth + 1);
    if (n > MAX_PARTS) break;
  }
  memo.set(v, n);
  return n;
}

/** The conversion itself: as many parts as partCount counted (a cycle meets the depth limit). */
function convert(v: Value, depth: number): JsonOut {
  if (depth > 5_000) throw new WeftError("limit", "the value nests more than 5000 deep to write as JSON");
  if (v === undefined || v === null || typeof v === "function" || typeof v === "symbol" || typeof v === "bigint") return null;
  if (typeof v === "number") return Number.isNaN(v) ? "NaN" : v === Infinity ? "Infinity" : v === -Infinity ? "-Infinity" : v;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "Invalid Date" : v.toISOString();
  if (Array.isArray(v)) {
    const out: JsonOut[] = new Array(v.length);
    for (let i = 0; i < v.length; i++) out[i] = convert(v[i], depth + 1);
    return out;
  }
  if (v instanceof Namespace) return {};
  const source = isEntity(v) ? entityJson(v) : (v as Record<string, Value>);
  const out: { [key: string]: JsonOut } = {};
  for (const key of Object.keys(source)) {
    Object.defineProperty(out, key, { value: convert((source as Record<string, Value>)[key], depth + 1), enumerable: true, writable: true, configurable: true });
  }
  return out;
}
