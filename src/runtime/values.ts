/**
 * Weft's runtime values and JavaScript's conversions between them, written so that no host
 * prototype method is ever invoked on a program's value, and Dates answer in UTC.
 *
 * Values are JavaScript's own: primitives, arrays, Weft objects (prototype `DICTIONARY_PROTOTYPE`), Dates, and functions
 * (the program's arrows, the ops and the builtins are all plain JS functions). Workspace
 * entities are instances of the classes in workspace/entities.ts; `Math`, `JSON` and `console`
 * are `Namespace`s.
 */
import { WeftError, IsolationNeeded, isStackOverflow } from "../errors.js";
import { activeOrNone } from "./active.js";
import { isEntity, entityJson, entityTypeName, newDictionary, Run, Artifact, ArtifactVersion, User, Project } from "../workspace/entities.js";

export type Value = unknown;

/** A builtin object such as `Math` or `JSON`: a fixed table of members. */
export class Namespace {
  constructor(
    readonly name: string,
    readonly members: ReadonlyMap<string, Value>,
  ) {
    Object.freeze(this);
  }

  toJSON(): object {
    return {};
  }
}

export function runtimeError(message: string): WeftError {
  return new WeftError("runtime", message);
}

/** A Weft object (prototype `DICTIONARY_PROTOTYPE`): what object literals and `Object.fromEntries` make. */
export function newObject(): Record<string, Value> {
  return newDictionary<Value>();
}

export function isDate(v: unknown): v is Date {
  return v instanceof Date;
}

/** The name of a value's type for messages, in the reference's words: `Run`, `number`, `undefined`, … */
export function typeName(v: Value): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (v instanceof Date) return "Date";
  if (isEntity(v)) return entityTypeName(v);
  if (v instanceof Namespace) return v.name;
  const t = typeof v;
  return t === "object" ? "object" : t;
}

// ToPrimitive, ToString, ToNumber: ECMAScript's abstract operations over Weft's values.

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function yearText(y: number): string {
  return y < 0 ? "-" + pad(-y, 4) : pad(y, 4);
}

/** `Date.prototype.toDateString` as V8 answers it in UTC: `Thu Oct 01 2026`. */
export function dateToDateString(d: Date): string {
  const t = d.getTime();
  if (Number.isNaN(t)) return "Invalid Date";
  return `${WEEKDAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${yearText(d.getUTCFullYear())}`;
}

/** `Date.prototype.toTimeString` in UTC. */
export function dateToTimeString(d: Date): string {
  if (Number.isNaN(d.getTime())) return "Invalid Date";
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} GMT+0000 (Coordinated Universal Time)`;
}

/** `Date.prototype.toString` in UTC: `Thu Oct 01 2026 00:00:00 GMT+0000 (Coordinated Universal Time)`. */
export function dateToString(d: Date): string {
  if (Number.isNaN(d.getTime())) return "Invalid Date";
  return `${dateToDateString(d)} ${dateToTimeString(d)}`;
}

/** A function's text, for the few places JavaScript would print it. Weft refuses instead. */
function refuseFunctionConversion(): never {
  throw runtimeError("a function cannot be converted to a string or a number");
}

export function toPrimitive(v: Value, hint: "default" | "string" | "number"): Value {
  if (v === null || (typeof v !== "object" && typeof v !== "function")) return v;
  if (typeof v === "function") return refuseFunctionConversion();
  if (v instanceof Date) return hint === "number" ? v.getTime() : dateToString(v);
  if (Array.isArray(v)) return arrayToString(v);
  if (v instanceof Namespace) return `[object ${v.name}]`;
  if (isEntity(v)) return "[object Object]";
  // A program's own object: its own `valueOf`/`toString` functions, as OrdinaryToPrimitive calls them.
  // The inherited ones are Object.prototype's: `valueOf` gives the object back, `toString` "[object Object]".
  const obj = v as Record<string, Value>;
  const order = hint === "string" ? ["toString", "valueOf"] : ["valueOf", "toString"];
  for (const key of order) {
    if (!Object.hasOwn(obj, key)) {
      if (key === "toString") return "[object Object]";
      continue;
    }
    const f = obj[key];
    if (typeof f === "function") {
      const r = f();
      if (r === null || (typeof r !== "object" && typeof r !== "function")) return r;
    }
  }
  throw runtimeError("Cannot convert object to primitive value");
}

export function toStr(v: Value): string {
  if (typeof v === "string") return v;
  if (v === null || (typeof v !== "object" && typeof v !== "function")) return String(v);
  return String(toPrimitive(v, "string"));
}

export function toNumber(v: Value): number {
  if (typeof v === "number") return v;
  if (v === null || (typeof v !== "object" && typeof v !== "function")) return Number(v);
  return Number(toPrimitive(v, "number"));
}

export function arrayToString(a: readonly Value[]): string {
  return joinArray(a, ",");
}

/** Arrays being joined right now: V8 joins an array that contains itself as "". */
const joining = new Set<readonly Value[]>();

export function joinArray(a: readonly Value[], separator: string): string {
  if (joining.has(a)) return "";
  joining.add(a);
  try {
    let out = "";
    const ctx = activeOrNone();
    for (let i = 0; i < a.length; i++) {
      ctx?.step();
      if (i > 0) out += separator;
      const x = a[i];
      if (x !== undefined && x !== null) out += toStr(x);
      if (ctx && out.length > ctx.limits.maxStringLength) ctx.checkString(out);
    }
    return out;
  } finally {
    joining.delete(a);
  }
}

export function toPropertyKey(v: Value): string | number {
  if (typeof v === "string" || typeof v === "number") return v;
  return toStr(v);
}

export function truthy(v: Value): boolean {
  return !!v;
}

export function typeofValue(v: Value): string {
  return typeof v;
}

// Operators with JavaScript's semantics on Weft's values.

export function add(a: Value, b: Value): Value {
  if (typeof a === "number" && typeof b === "number") return a + b;
  if (typeof a === "string" && typeof b === "string") return a + b;
  const pa = toPrimitive(a, "default");
  const pb = toPrimitive(b, "default");
  if (typeof pa === "string" || typeof pb === "string") return toStr(pa) + toStr(pb);
  return toNumber(pa) + toNumber(pb);
}

export function looseEquals(a: Value, b: Value): boolean {
  const aObj = a !== null && (typeof a === "object" || typeof a === "function");
  const bObj = b !== null && (typeof b === "object" || typeof b === "function");
  if (aObj && bObj) return a === b;
  if (aObj) return b === null || b === undefined ? false : toPrimitive(a, "default") == b;
  if (bObj) return a === null || a === undefined ? false : a == toPrimitive(b, "default");
  return a == b;
}

export function lessThan(a: Value, b: Value): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  const pa = toPrimitive(a, "number") as number | string;
  const pb = toPrimitive(b, "number") as number | string;
  return pa < pb;
}

export function lessOrEqual(a: Value, b: Value): boolean {
  if (typeof a === "number" && typeof b === "number") return a <= b;
  const pa = toPrimitive(a, "number") as number | string;
  const pb = toPrimitive(b, "number") as number | string;
  return pa <= pb;
}

/** The text of one `console.log` argument (SPEC §4). */
export function consoleText(v: Value): string {
  if (typeof v === "string") return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "Invalid Date" : v.toISOString();
  if (v === undefined) return "undefined";
  const json = stringifyJson(v);
  return json === undefined ? "undefined" : json;
}

/**
 * `JSON.stringify`. The host's own implementation serves: Weft's objects have null or plain
 * prototypes, Dates serialise in UTC, entities carry `toJSON`, and a program's `toJSON` or
 * replacer is one of its own functions.
 */
export function stringifyJson(v: Value, replacer?: Value, space?: Value): string | undefined {
  if (typeof v === "function") return undefined;
  const ctx = activeOrNone();
  if (ctx) {
    // Every value visited is a step, so a structure that shares itself ([a, a] forty times over)
    // meets the step limit instead of running for hours. A program that writes sees its own copies
    // of workspace data, in an entity's JSON form too.
    // The host calls an entity's `toJSON` before the replacer sees the value; so the replacer looks
    // at what the holder holds (`this[key]`) and serialises the entity's form with the program's
    // copies in it (a version's `createdAt` after a setter). Workspace Dates are reachable only
    // through entities, whose form holds the copies.
    const view = ctx.isolating
      ? function (this: Record<string, Value>, key: string, value: Value): Value {
          const held = this[key];
          if (isEntity(held)) return entityJson(held, (x) => ctx.view(x));
          return ctx.view(value);
        }
      : (_key: string, value: Value) => value;
    if (typeof replacer === "function") {
      const user = replacer as (key: string, value: Value) => Value;
      replacer = function (this: Record<string, Value>, key: string, value: Value) {
        ctx.step();
        return user(key, view.call(this, key, value));
      };
    } else if (Array.isArray(replacer)) {
      const allowed = new Set(replacer.map((k) => String(k)));
      replacer = function (this: Record<string, Value>, key: string, value: Value) {
        ctx.step();
        return key === "" || Array.isArray(this) || allowed.has(key) ? view.call(this, key, value) : undefined;
      };
    } else {
      replacer = function (this: Record<string, Value>, key: string, value: Value) {
        ctx.step();
        return view.call(this, key, value);
      };
    }
  }
  try {
    return JSON.stringify(v, replacer as (string | number)[] | null | undefined, space as string | number | undefined);
  } catch (e) {
    if (e instanceof WeftError || e instanceof IsolationNeeded) throw e;
    if (isStackOverflow(e)) throw new WeftError("limit", "the value nests too deeply to convert to JSON");
    throw runtimeError((e as Error).message.split("\n")[0]!);
  }
}

/** Deep copy of host JSON data into Weft objects (for `JSON.parse`). */
export function fromHostJson(v: unknown): Value {
  if (v === null || typeof v !== "object") return v;
  const ctx = activeOrNone();
  if (Array.isArray(v)) {
    ctx?.checkArrayLength(v.length);
    ctx?.addSteps(v.length);
    ctx?.allocateElements(v.length);
    return v.map(fromHostJson);
  }
  const out = newObject();
  const keys = Object.keys(v);
  ctx?.checkObjectSize(keys.length);
  ctx?.addSteps(keys.length);
  ctx?.allocateElements(keys.length);
  for (const key of keys) out[key] = fromHostJson((v as Record<string, unknown>)[key]);
  return out;
}

export { Run, Artifact, ArtifactVersion, User, Project, isEntity };
