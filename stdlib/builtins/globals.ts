/** The global builtins: `Math`, `JSON`, `Object`, `Array`, `Number`, `String`, `Boolean`, `Date`, `console` and the global functions. */
import { active } from "../../src/runtime/active.js";
import {
  Namespace, consoleText, dateToString, fromHostJson, isDate, isEntity, newObject, stringifyJson, toNumber, toPropertyKey, toStr, typeName, runtimeError,
  type Value,
} from "../../src/runtime/values.js";
import { entityJson } from "../../src/workspace/entities.js";
import { byName, type GlobalEntry, type StaticEntry } from "../registry.js";
import { callback, host, inChunks, optNum } from "./coerce.js";

const stat = (name: string, type: string | readonly string[], description: string, value: Value, mutates = false): StaticEntry => {
  const [first, ...overloads] = typeof type === "string" ? [type] : type;
  return { name, type: first!, overloads, description, value, mutates };
};

/** A builtin function, named as JavaScript names it (for messages). */
function fn<F extends (...args: any[]) => Value>(name: string, f: F): F {
  Object.defineProperty(f, "name", { value: name });
  return f;
}

const nums = (args: Value[]): number[] => args.map(toNumber);

const parseFloatFn = fn("parseFloat", (s: Value) => parseFloat(toStr(s)));
const parseIntFn = fn("parseInt", (s: Value, r: Value) => parseInt(toStr(s), optNum(r)));

export const mathMembers = byName<StaticEntry>([
  stat("max", "(...values: number[]) => number", "The largest argument; `-Infinity` with none.", fn("max", (...a: Value[]) => inChunks(nums(a), -Infinity, (m, chunk) => Math.max(m, ...chunk)))),
  stat("min", "(...values: number[]) => number", "The smallest argument; `Infinity` with none.", fn("min", (...a: Value[]) => inChunks(nums(a), Infinity, (m, chunk) => Math.min(m, ...chunk)))),
  stat("floor", "(x: number) => number", "The largest integer ≤ x.", fn("floor", (x: Value) => Math.floor(toNumber(x)))),
  stat("ceil", "(x: number) => number", "The smallest integer ≥ x.", fn("ceil", (x: Value) => Math.ceil(toNumber(x)))),
  stat("round", "(x: number) => number", "x rounded to the nearest integer (halves up).", fn("round", (x: Value) => Math.round(toNumber(x)))),
  stat("trunc", "(x: number) => number", "The integer part of x.", fn("trunc", (x: Value) => Math.trunc(toNumber(x)))),
  stat("abs", "(x: number) => number", "The absolute value of x.", fn("abs", (x: Value) => Math.abs(toNumber(x)))),
  stat("sign", "(x: number) => number", "-1, 0 or 1 as x is negative, zero or positive.", fn("sign", (x: Value) => Math.sign(toNumber(x)))),
  stat("sqrt", "(x: number) => number", "The square root of x.", fn("sqrt", (x: Value) => Math.sqrt(toNumber(x)))),
  stat("cbrt", "(x: number) => number", "The cube root of x.", fn("cbrt", (x: Value) => Math.cbrt(toNumber(x)))),
  stat("pow", "(base: number, exponent: number) => number", "base to the power exponent.", fn("pow", (x: Value, y: Value) => Math.pow(toNumber(x), toNumber(y)))),
  stat("log", "(x: number) => number", "The natural logarithm of x.", fn("log", (x: Value) => Math.log(toNumber(x)))),
  stat("log10", "(x: number) => number", "The base-10 logarithm of x.", fn("log10", (x: Value) => Math.log10(toNumber(x)))),
  stat("log2", "(x: number) => number", "The base-2 logarithm of x.", fn("log2", (x: Value) => Math.log2(toNumber(x)))),
  stat("exp", "(x: number) => number", "e to the power x.", fn("exp", (x: Value) => Math.exp(toNumber(x)))),
  stat("hypot", "(...values: number[]) => number", "The square root of the sum of squares.", fn("hypot", (...a: Value[]) => Math.hypot(...nums(a)))),
  stat("PI", "number", "π.", Math.PI),
  stat("E", "number", "Euler's number e.", Math.E),
]);

export const jsonMembers = byName<StaticEntry>([
  stat("stringify", "(value: unknown, replacer?: null | string[] | ((key: string, value: any) => any), space?: number | string) => string", "The value as JSON text; `undefined` for a function or `undefined`.", fn("stringify", (v: Value, replacer: Value, space: Value) => {
    const text = stringifyJson(v, replacer, space);
    return text === undefined ? undefined : active().made(text);
  })),
  stat("parse", "(text: string, reviver?: (key: string, value: any) => any) => any", "The value that JSON text describes; a syntax error in the text is a runtime error.", fn("parse", (text: Value, reviver: Value) => {
    const value = host(() => fromHostJson(JSON.parse(toStr(text))));
    if (reviver === undefined) return value;
    const root = newObject();
    root[""] = value;
    return internalize(root, "", callback(reviver, "JSON.parse"));
  })),
]);

/** JSON.parse's reviver pass (InternalizeJSONProperty): children first, in key order; `undefined` deletes. */
function internalize(holder: Record<string, Value>, key: string, reviver: (key: string, value: Value) => Value): Value {
  const value = holder[key];
  if (value !== null && typeof value === "object") {
    const node = value as Record<string, Value>;
    const keys = Array.isArray(value) ? Array.from({ length: value.length }, (_, i) => String(i)) : Object.keys(node);
    active().addSteps(keys.length);
    for (const k of keys) {
      const v = internalize(node, k, reviver);
      if (v === undefined) delete node[k];
      else node[k] = v;
    }
  }
  return reviver(key, value);
}

function objectSource(v: Value, who: string): object {
  if (v === null || v === undefined) throw runtimeError(`${who}: Cannot convert undefined or null to object`);
  if (isEntity(v)) return entityJson(v);
  if (typeof v === "function") throw runtimeError(`${who} cannot read the keys of a function`);
  if (typeof v !== "object") return Object(v) as object;
  return v;
}

function ownEntries(v: Value, who: string): [string, Value][] {
  const source = objectSource(v, who);
  if (source instanceof Namespace || isDate(source)) return [];
  const keys = Object.keys(source);
  active().checkArrayLength(keys.length);
  active().addSteps(keys.length);
  return keys.map((k) => [k, active().view((source as Record<string, Value>)[k])]);
}

export const objectMembers = byName<StaticEntry>([
  stat("keys", "(object: {}) => string[]", "The object's own keys, in order.", fn("keys", (o: Value) => active().made(ownEntries(o, "Object.keys").map(([k]) => k)))),
  stat("values", ["<V>(object: Record<string, V>) => V[]", "(object: {}) => any[]"], "The object's own values, in key order.", fn("values", (o: Value) => active().made(ownEntries(o, "Object.values").map(([, v]) => v)))),
  stat("entries", ["<V>(object: Record<string, V>) => [string, V][]", "(object: {}) => [string, any][]"], "The object's own `[key, value]` pairs, in key order.", fn("entries", (o: Value) => active().made(ownEntries(o, "Object.entries")))),
  stat("fromEntries", "<V>(entries: [string | number, V][]) => Record<string, V>", "An object from `[key, value]` pairs.", fn("fromEntries", (entries: Value) => {
    if (!Array.isArray(entries)) throw runtimeError(`Object.fromEntries expects an array of [key, value] pairs, got ${typeName(entries)}`);
    const out = newObject();
    for (const e of entries) {
      if (e === null || typeof e !== "object") throw runtimeError(`Iterator value ${toStr(e)} is not an entry object`);
      const pair = e as Record<number, Value>;
      const key = String(toPropertyKey(pair[0]));
      if (key === "__proto__") throw runtimeError("`__proto__` cannot be used as a key");
      out[key] = pair[1];
    }
    const n = Object.keys(out).length;
    active().checkObjectSize(n);
    active().allocateElements(n);
    return out;
  })),
]);

/** JavaScript's ToLength: a whole number from 0 to 2^53 - 1. */
function lengthOf(v: Value): number {
  const n = Math.trunc(toNumber(v));
  return Number.isNaN(n) || n <= 0 ? 0 : Math.min(n, Number.MAX_SAFE_INTEGER);
}

export const arrayStatics = byName<StaticEntry>([
  stat("isArray", "(value: unknown) => boolean", "Whether the value is an array.", fn("isArray", (v: Value) => Array.isArray(v))),
  stat("from", [
    "<T>(items: T[]) => T[]",
    "(items: string) => string[]",
    "<T, U>(items: T[], map: (value: T, index: number) => U) => U[]",
    "<U>(items: string, map: (value: string, index: number) => U) => U[]",
    "(items: { length: number }) => undefined[]",
    "<U>(items: { length: number }, map: (value: undefined, index: number) => U) => U[]",
  ], "A new array of the items (an array, a string's characters, or `length` elements of an object such as `{ length: 3 }`), optionally mapped.", fn("from", (items: Value, map: Value) => {
    const arrayLike = items !== null && typeof items === "object" && !Array.isArray(items) && !isDate(items) && !isEntity(items) && !(items instanceof Namespace);
    if (!Array.isArray(items) && typeof items !== "string" && !arrayLike) throw runtimeError(`Array.from expects an array, a string or an object with a \`length\`, got ${typeName(items)}`);
    const length = arrayLike ? lengthOf((items as Record<string, Value>)["length"]) : (items as string | Value[]).length;
    active().checkArrayLength(length);
    active().addSteps(length);
    return active().made(map === undefined ? Array.from(items as ArrayLike<Value>) : Array.from(items as ArrayLike<Value>, callback(map, "Array.from") as (v: Value, i: number) => Value));
  })),
  stat("of", "<T>(...items: T[]) => T[]", "An array of the arguments.", fn("of", (...items: Value[]) => active().made(items))),
]);

export const numberStatics = byName<StaticEntry>([
  stat("isInteger", "(value: unknown) => boolean", "Whether the value is an integer number.", fn("isInteger", (v: Value) => Number.isInteger(v))),
  stat("isFinite", "(value: unknown) => boolean", "Whether the value is a finite number.", fn("isFinite", (v: Value) => Number.isFinite(v))),
  stat("isNaN", "(value: unknown) => boolean", "Whether the value is NaN (no conversion).", fn("isNaN", (v: Value) => Number.isNaN(v))),
  stat("isSafeInteger", "(value: unknown) => boolean", "Whether the value is a safe integer.", fn("isSafeInteger", (v: Value) => Number.isSafeInteger(v))),
  stat("parseFloat", "(text: string) => number", "The number at the start of the text: the global `parseFloat`.", parseFloatFn),
  stat("parseInt", "(text: string, radix?: number) => number", "The integer at the start of the text: the global `parseInt`.", parseIntFn),
  stat("MAX_SAFE_INTEGER", "number", "2⁵³ − 1.", Number.MAX_SAFE_INTEGER),
  stat("MIN_SAFE_INTEGER", "number", "−(2⁵³ − 1).", Number.MIN_SAFE_INTEGER),
  stat("EPSILON", "number", "The gap between 1 and the next number.", Number.EPSILON),
  stat("MAX_VALUE", "number", "The largest finite number.", Number.MAX_VALUE),
  stat("MIN_VALUE", "number", "The smallest positive number.", Number.MIN_VALUE),
  stat("POSITIVE_INFINITY", "number", "Infinity.", Infinity),
  stat("NEGATIVE_INFINITY", "number", "-Infinity.", -Infinity),
  stat("NaN", "number", "NaN.", NaN),
]);

export const stringStatics = byName<StaticEntry>([
  stat("fromCharCode", "(...codes: number[]) => string", "The string of the UTF-16 code units.", fn("fromCharCode", (...codes: Value[]) => active().made(inChunks(nums(codes), "", (s, chunk) => s + String.fromCharCode(...chunk))))),
]);

/** Parses a date string as V8 does, but reading local-time forms as UTC. */
export function parseDate(text: string): number {
  const t = Date.parse(text);
  if (Number.isNaN(t)) return t;
  const dateOnly = /^[+-]?\d{4,6}(-\d\d(-\d\d)?)?$/.test(text.trim());
  const zoned = /(Z|[+-]\d\d:?\d\d|\b(GMT|UTC|UT)\b.*)\s*$/i.test(text.trim());
  if (dateOnly || zoned) return t;
  // A local-time form: the host read it in its own zone; undo that.
  return t - new Date(t).getTimezoneOffset() * 60_000;
}

/** `new Date(…)`, with local time read as UTC and no arguments meaning the evaluation's clock. */
export function constructDate(args: Value[]): Date {
  if (args.length === 0) return new Date(active().now);
  if (args.length === 1) {
    const v = args[0];
    if (isDate(v)) return new Date(v.getTime());
    const p = typeof v === "object" && v !== null ? toStrOrNumber(v) : v;
    if (typeof p === "string") return new Date(parseDate(p));
    return new Date(toNumber(p));
  }
  return new Date((Date.UTC as (...a: number[]) => number)(...nums(args)));
}

function toStrOrNumber(v: Value): Value {
  return isDate(v) ? v.getTime() : toStr(v);
}

export const dateStatics = byName<StaticEntry>([
  stat("now", "() => number", "The evaluation's clock, in milliseconds since the epoch.", fn("now", () => active().now)),
  stat("UTC", "(year: number, monthIndex?: number, day?: number, hours?: number, minutes?: number, seconds?: number, ms?: number) => number", "The time of the given UTC date and time, in milliseconds.", fn("UTC", (...a: Value[]) => (Date.UTC as (...x: number[]) => number)(...nums(a)))),
  stat("parse", "(text: string) => number", "The time a date string describes, in milliseconds; local-time forms are read as UTC.", fn("parse", (s: Value) => parseDate(toStr(s)))),
]);

function log(level: "log" | "warn" | "error") {
  return fn(level, (...args: Value[]) => {
    const ctx = active();
    const text = args.map(consoleText).join(" ");
    ctx.made(text);
    ctx.console.push({ level, text });
    return undefined;
  });
}

export const consoleMembers = byName<StaticEntry>([
  stat("log", "(...values: unknown[]) => undefined", "Prints the values, joined by spaces.", log("log")),
  stat("info", "(...values: unknown[]) => undefined", "As `console.log`.", log("log")),
  stat("warn", "(...values: unknown[]) => undefined", "Prints the values as a warning.", log("warn")),
  stat("error", "(...values: unknown[]) => undefined", "Prints the values as an error.", log("error")),
]);

const refuse = (message: string) => () => {
  throw runtimeError(message);
};

const NumberFn = fn("Number", (...a: Value[]) => (a.length === 0 ? 0 : toNumber(a[0])));
const StringFn = fn("String", (...a: Value[]) => (a.length === 0 ? "" : active().made(toStr(a[0]), a[0])));
const BooleanFn = fn("Boolean", (v: Value) => !!v);
const ArrayFn = fn("Array", refuse("`Array(…)` is not supported in Weft; use an array literal `[…]` or `Array.from`"));
const ObjectFn = fn("Object", refuse("`Object(…)` is not supported in Weft; use an object literal `{…}`"));
const DateFn = fn("Date", () => dateToString(new Date(active().now)));

/** The static members of the builtin functions: `Number.isInteger`, `Date.now`, … */
export const functionStatics = new Map<Value, ReadonlyMap<string, StaticEntry>>([
  [NumberFn, numberStatics],
  [StringFn, stringStatics],
  [BooleanFn, new Map()],
  [ArrayFn, arrayStatics],
  [ObjectFn, objectMembers],
  [DateFn, dateStatics],
]);

const staticValues = (m: ReadonlyMap<string, StaticEntry>) => new Map([...m].map(([k, e]) => [k, e.value]));

export const MathNs = new Namespace("Math", staticValues(mathMembers));
export const JsonNs = new Namespace("JSON", staticValues(jsonMembers));
export const ConsoleNs = new Namespace("console", staticValues(consoleMembers));

/** The members of each builtin namespace, with their documentation. */
export const namespaceMembers = new Map<Namespace, ReadonlyMap<string, StaticEntry>>([
  [MathNs, mathMembers],
  [JsonNs, jsonMembers],
  [ConsoleNs, consoleMembers],
]);

const g = (name: string, type: string, description: string, value: Value): GlobalEntry => ({ name, type, description, value });

export const globals = byName<GlobalEntry>([
  g("Math", "Math", "Mathematical functions and constants.", MathNs),
  g("JSON", "JSON", "`JSON.stringify` and `JSON.parse`.", JsonNs),
  g("console", "console", "`console.log`, `console.warn` and `console.error`, captured with the result.", ConsoleNs),
  g("Object", "Object", "`Object.keys`, `Object.values`, `Object.entries`, `Object.fromEntries`.", ObjectFn),
  g("Array", "Array", "`Array.isArray`, `Array.from`, `Array.of`.", ArrayFn),
  g("Number", "(value?: unknown) => number", "`Number(x)` converts to a number; `Number.isInteger` and friends.", NumberFn),
  g("String", "(value?: unknown) => string", "`String(x)` converts to a string.", StringFn),
  g("Boolean", "(value?: unknown) => boolean", "`Boolean(x)` converts to a boolean.", BooleanFn),
  g("Date", "() => string", "`new Date()` reads the evaluation's clock; `new Date(ms)`, `new Date(iso)`, `Date.now()`. Local time is UTC.", DateFn),
  g("isNaN", "(value: unknown) => boolean", "Whether the value converts to NaN.", fn("isNaN", (v: Value) => Number.isNaN(toNumber(v)))),
  g("isFinite", "(value: unknown) => boolean", "Whether the value converts to a finite number.", fn("isFinite", (v: Value) => Number.isFinite(toNumber(v)))),
  g("parseFloat", "(text: string) => number", "The number at the start of the text.", parseFloatFn),
  g("parseInt", "(text: string, radix?: number) => number", "The integer at the start of the text.", parseIntFn),
  g("NaN", "number", "Not a number.", NaN),
  g("Infinity", "number", "Infinity.", Infinity),
]);

/** The builtin that `new X(…)` may construct. */
export const DATE_CONSTRUCTOR = DateFn;
