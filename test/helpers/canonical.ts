/**
 * A cross-realm canonical encoding of program values, for comparing what Weft gives with what the
 * V8 reference (./v8-reference.ts) gives using `expect(canonical(a)).toEqual(canonical(b))`.
 *
 * The encoding is plain JSON-like data in which everything `toEqual` would blur is explicit:
 *  - `undefined` → `{ $undefined: true }`; NaN → `{ $number: "NaN" }`; ±Infinity →
 *    `{ $number: "Infinity" }` / `{ $number: "-Infinity" }`; −0 → `{ $number: "-0" }`;
 *  - a Date of any realm → `{ $date: <ISO string> }` or `{ $date: "Invalid Date" }`;
 *  - a function → `{ $function: true }`;
 *  - an array → its elements encoded (a hole → `{ $hole: true }`);
 *  - a plain object (of any realm, with or without a prototype) → `{ $object: [[key, value]…] }`,
 *    its own enumerable string keys in their order, so key order is compared too. The pairs are
 *    wrapped in `$object` (rather than left as a bare array of pairs) so that an object can never
 *    compare equal to an array of pairs.
 *    Function-valued properties are DROPPED, as JSON.stringify drops them: the reference's
 *    `project` is `{ name, entity, runs(), artifacts() }` and encodes exactly as Weft's
 *    `Project` (`{ name, entity }`) does. A consequence: two objects that differ only in a
 *    function-valued property compare equal.
 *  - a Weft entity (`isEntity`) → the encoding of its JSON form `entityJson(v)`: a run or an
 *    artifact is its record, an ArtifactVersion its 8 fields, a user `{ username, name }`, the
 *    project `{ name, entity }`, which is what the reference's plain objects for the same
 *    entity encode to.
 *  - beyond the brief: a bigint → `{ $bigint: "<digits>" }`, a symbol → `{ $symbol: description }`,
 *    a Map → `{ $map: [[k, v]…] }`, a Set → `{ $set: […] }`, a RegExp → `{ $regexp: source/flags }`,
 *    an Error → `{ $error: name, message }`, a boxed primitive → `{ $boxed: value }`, a cycle →
 *    `{ $cycle: true }`. Other objects encode as plain objects do.
 */
import { entityJson, isEntity } from "../../src/workspace/entities.js";

const tagOf = (v: object): string => Object.prototype.toString.call(v);

/** Whether `v` has the internal slot `method` checks (true of objects of any realm). */
function hasSlot(v: object, method: (...args: never[]) => unknown): boolean {
  try {
    Reflect.apply(method, v, []);
    return true;
  } catch {
    return false;
  }
}

function encodeNumber(n: number): unknown {
  if (Number.isNaN(n)) return { $number: "NaN" };
  if (n === Infinity) return { $number: "Infinity" };
  if (n === -Infinity) return { $number: "-Infinity" };
  if (Object.is(n, -0)) return { $number: "-0" };
  return n;
}

export function canonical(value: unknown): unknown {
  return encode(value, []);
}

function encode(v: unknown, stack: object[]): unknown {
  switch (typeof v) {
    case "undefined":
      return { $undefined: true };
    case "number":
      return encodeNumber(v);
    case "string":
    case "boolean":
      return v;
    case "bigint":
      return { $bigint: v.toString() };
    case "symbol":
      return { $symbol: v.description ?? null };
    case "function":
      return { $function: true };
  }
  if (v === null) return null;
  const obj = v as object;
  if (isEntity(obj)) return encode(entityJson(obj), stack);
  if (stack.includes(obj)) return { $cycle: true };
  const tag = tagOf(obj);
  if (tag === "[object Date]" && hasSlot(obj, Date.prototype.getTime)) {
    const ms = Date.prototype.getTime.call(obj);
    return { $date: Number.isNaN(ms) ? "Invalid Date" : Date.prototype.toISOString.call(obj) };
  }
  stack.push(obj);
  try {
    if (Array.isArray(obj)) {
      const out: unknown[] = [];
      for (let i = 0; i < obj.length; i++) out.push(i in obj ? encode(obj[i], stack) : { $hole: true });
      return out;
    }
    if (tag === "[object Map]" && hasSlot(obj, Map.prototype.has)) {
      return { $map: Array.from(Map.prototype.entries.call(obj as Map<unknown, unknown>), ([k, x]) => [encode(k, stack), encode(x, stack)]) };
    }
    if (tag === "[object Set]" && hasSlot(obj, Set.prototype.has)) {
      return { $set: Array.from(Set.prototype.values.call(obj as Set<unknown>), (x) => encode(x, stack)) };
    }
    if (tag === "[object RegExp]") return { $regexp: String(obj) };
    if (tag === "[object Error]") {
      const e = obj as Error;
      return { $error: String(e.name), message: String(e.message) };
    }
    if (tag === "[object Number]" || tag === "[object String]" || tag === "[object Boolean]") {
      return { $boxed: encode((obj as { valueOf(): unknown }).valueOf(), stack) };
    }
    const pairs: [string, unknown][] = [];
    for (const key of Object.keys(obj)) {
      const x = (obj as Record<string, unknown>)[key];
      if (typeof x === "function") continue;
      pairs.push([key, encode(x, stack)]);
    }
    return { $object: pairs };
  } finally {
    stack.pop();
  }
}
