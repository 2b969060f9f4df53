/**
 * The workspace file (SPEC §3) as a zod schema: its shape, types and formats, field by field.
 *
 * What one record cannot tell on its own (unique ids and names, that a run's `user` and artifact
 * references exist, that an alias sits on one version only) is checked by the loader
 * (`load.ts`), which also turns zod's issues into Weft's messages. The schema has no transforms
 * and every object is strict, so a file that passes it is exactly of the type `WorkspaceFile`.
 *
 * Messages given here are completed by the loader: it prefixes the path and, except for the
 * `custom` issues raised by the JSON checks below (which say what they got themselves), appends
 * `, got <the value>`.
 */
import { z } from "zod";
import type { JsonValue } from "./entities.js";

/** A JSON object as the workspace file holds it: config, summary, a history row. */
export type JsonObject = { [key: string]: JsonValue };

/** JSON values nested deeper than this are refused: it bounds recursion, and catches cycles an embedder's data may have. */
export const MAX_JSON_DEPTH = 256;

/** The JSON checks stop reporting after this many problems in one value. */
const MAX_JSON_ISSUES = 10;

/** An artifact reference: `<name>:v<number>`, the number without leading zeros. */
export const ARTIFACT_REF = /^([^:]+):v(0|[1-9][0-9]*)$/;

const nonEmptyString = z.string().min(1, { error: "expected a non-empty string" });

/**
 * `2026-10-01T00:00:00.000Z`, `…T00:00:00Z`, `…T00:00:00+02:00`: date, time with seconds, and a
 * zone. zod's pattern also checks the calendar (no February 30th), so every string it accepts
 * parses to a valid Date.
 */
const isoDateTime = z.iso.datetime({ offset: true, error: "expected an ISO 8601 date-time" });

const artifactRef = z.string().regex(ARTIFACT_REF, { error: 'expected "name:v<number>"' });

const count = z.number().int({ error: "expected an integer" }).min(0, { error: "expected an integer >= 0" });

// ---------------------------------------------------------------------------------------------
// JSON values: a hand-written recursive check, much faster than a recursive zod union, that
// reports where inside the value the problem is.

/** How a value reads in a message: strings and numbers as JSON writes them, anything else by its kind. */
export function describeValue(v: unknown): string {
  switch (typeof v) {
    case "string": {
      const s = JSON.stringify(v);
      return s.length > 62 ? `${s.slice(0, 60)}…"` : s;
    }
    case "number":
    case "boolean":
      return String(v);
    case "bigint":
      return `a bigint (${v}n)`;
    case "undefined":
      return "undefined";
    case "function":
      return "a function";
    case "symbol":
      return "a symbol";
    default:
      if (v === null) return "null";
      if (Array.isArray(v)) return "an array";
      if (v instanceof Date) return "a Date";
      if (isPlainObject(v)) return "an object";
      return `an object of class ${className(v as object)}`;
  }
}

function className(v: object): string {
  const proto: unknown = Object.getPrototypeOf(v);
  const ctor = proto !== null && typeof proto === "object" ? (proto as { constructor?: unknown }).constructor : undefined;
  const name = typeof ctor === "function" ? ctor.name : "";
  return name === "" ? "(anonymous)" : name;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** True when `v` is a JSON value. The fast path: no allocation; the reporters below say what is wrong. */
function isJsonValue(v: unknown, depth: number): boolean {
  switch (typeof v) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(v);
    case "object": {
      if (v === null) return true;
      if (depth >= MAX_JSON_DEPTH) return false;
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) if (!isJsonValue(v[i], depth + 1)) return false;
        return true;
      }
      return isJsonObject(v, depth);
    }
    default:
      return false;
  }
}

function isJsonObject(v: unknown, depth: number): boolean {
  if (!isPlainObject(v)) return false;
  for (const key in v) {
    if (Object.prototype.hasOwnProperty.call(v, key) && !isJsonValue(v[key], depth + 1)) return false;
  }
  return true;
}

function isHistory(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) {
    const row: unknown = v[i];
    if (!isJsonObject(row, 1) || typeof (row as JsonObject)["_step"] !== "number" || !Object.prototype.hasOwnProperty.call(row, "_step")) return false;
  }
  return true;
}

/** What the reporters collect: messages with paths relative to the value checked. */
class Problems {
  readonly found: { message: string; path: (string | number)[] }[] = [];
  readonly path: (string | number)[] = [];

  get full(): boolean {
    return this.found.length >= MAX_JSON_ISSUES;
  }

  add(message: string, ...more: (string | number)[]): void {
    if (!this.full) this.found.push({ message, path: [...this.path, ...more] });
  }
}

/** Reports why `v` is not a JSON value: null, a boolean, a finite number, a string, an array or a plain object of JSON values. */
function reportJsonValue(v: unknown, depth: number, out: Problems): void {
  if (out.full) return;
  if (typeof v === "object" && v !== null) {
    if (depth >= MAX_JSON_DEPTH) {
      out.add(`JSON value nested more than ${MAX_JSON_DEPTH} levels deep (is there a cycle?)`);
    } else if (Array.isArray(v)) {
      // By index, so that a hole reads as `undefined`.
      for (let i = 0; i < v.length && !out.full; i++) {
        out.path.push(i);
        reportJsonValue(v[i], depth + 1, out);
        out.path.pop();
      }
    } else if (isPlainObject(v)) {
      reportJsonMembers(v, depth, out);
    } else {
      out.add(`expected a JSON value, got ${describeValue(v)}`);
    }
  } else if (!isJsonValue(v, depth)) {
    out.add(`expected a JSON value, got ${describeValue(v)}`);
  }
}

function reportJsonMembers(v: Record<string, unknown>, depth: number, out: Problems): void {
  for (const key of Object.keys(v)) {
    if (out.full) return;
    out.path.push(key);
    reportJsonValue(v[key], depth + 1, out);
    out.path.pop();
  }
}

/** Reports why `v` is not a JSON object (config, summary) or a history row (which also needs a numeric `_step`). */
function reportJsonObject(v: unknown, out: Problems, row: boolean): void {
  if (!isPlainObject(v)) {
    out.add(`expected a JSON object, got ${describeValue(v)}`);
    return;
  }
  if (row) {
    if (!Object.prototype.hasOwnProperty.call(v, "_step")) out.add("missing required key", "_step");
    else if (typeof v["_step"] !== "number") out.add(`expected a number, got ${describeValue(v["_step"])}`, "_step");
  }
  reportJsonMembers(v, row ? 1 : 0, out);
}

function reportHistory(v: unknown, out: Problems): void {
  if (!Array.isArray(v)) {
    out.add(`expected an array, got ${describeValue(v)}`);
    return;
  }
  for (let i = 0; i < v.length && !out.full; i++) {
    out.path.push(i);
    reportJsonObject(v[i], out, true);
    out.path.pop();
  }
}

function addProblems(ctx: z.core.$RefinementCtx, report: (out: Problems) => void): void {
  const out = new Problems();
  report(out);
  // Only data that reads differently on a second look (a getter, a proxy) can get here.
  if (out.found.length === 0) out.add("expected JSON data that stays the same when read");
  for (const { message, path } of out.found) ctx.addIssue({ code: "custom", message, path });
}

/** `config` and `summary`: a JSON object of any JSON values. */
export const jsonObject = z.custom<JsonObject>().superRefine((value, ctx) => {
  if (!isJsonObject(value, 0)) addProblems(ctx, (out) => reportJsonObject(value, out, false));
});

/** `history`: rows that are JSON objects, each with a numeric `_step`. One check for the whole array: it is the bulk of a file. */
export const history = z.custom<JsonObject[]>().superRefine((value, ctx) => {
  if (!isHistory(value)) addProblems(ctx, (out) => reportHistory(value, out));
});

// ---------------------------------------------------------------------------------------------

export const userSchema = z.strictObject({
  username: nonEmptyString,
  name: z.string(),
});

export const artifactVersionSchema = z.strictObject({
  version: count,
  /** Absent means none. */
  aliases: z.array(nonEmptyString).optional(),
  digest: z.string(),
  size: count,
  createdAt: isoDateTime,
});

export const artifactSchema = z.strictObject({
  /** No `:`, so that a reference `name:v3` and a spec `name:alias` split unambiguously. */
  name: nonEmptyString.regex(/^[^:]*$/, { error: 'expected an artifact name without ":"' }),
  type: nonEmptyString,
  versions: z.array(artifactVersionSchema),
});

export const runSchema = z.strictObject({
  id: nonEmptyString,
  name: z.string().optional(),
  user: nonEmptyString,
  jobType: z.string().optional(),
  state: nonEmptyString,
  createdAt: isoDateTime,
  heartbeatAt: isoDateTime,
  config: jsonObject.optional(),
  summary: jsonObject.optional(),
  history: history.optional(),
  loggedArtifacts: z.array(artifactRef).optional(),
  usedArtifacts: z.array(artifactRef).optional(),
});

export const workspaceFileSchema = z.strictObject({
  entity: nonEmptyString,
  project: nonEmptyString,
  /** Absent means none. */
  users: z.array(userSchema).optional(),
  /** Absent means none. */
  artifacts: z.array(artifactSchema).optional(),
  runs: z.array(runSchema),
});

// ---------------------------------------------------------------------------------------------
// The quick check: the same rules as the schemas above, as plain code that allocates nothing.
// zod builds a parsed copy of everything it checks, which was a third of a large file's load;
// a file this check accepts is one the schema accepts, so the loader asks zod only about the rest
// (a file with a problem, or one written in a form this check does not vouch for: an optional key
// set to `undefined`, an object of a class), where zod finds the problems and their paths.
// A property test holds the two to that: whatever this accepts, zod accepts.

/** The pattern of zod's own date-time check; one that never matches should zod stop exposing it. */
const DATE_TIME: RegExp = isoDateTime._zod.def.pattern ?? /(?!)/;

function isNonEmptyString(v: unknown): boolean {
  return typeof v === "string" && v !== "";
}

function isCount(v: unknown): boolean {
  return Number.isSafeInteger(v) && (v as number) >= 0;
}

function isDateTime(v: unknown): boolean {
  return typeof v === "string" && DATE_TIME.test(v);
}

function isArtifactRef(v: unknown): boolean {
  return typeof v === "string" && ARTIFACT_REF.test(v);
}

function isArrayOf(v: unknown, element: (x: unknown) => boolean): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
  return true;
}

/**
 * Whether `v` is a plain object whose every key is known to `field` and holds what `field`
 * accepts there, `requiredKeys` of them required ones.
 */
function isRecord(v: unknown, requiredKeys: number, field: (key: string, value: unknown) => FieldCheck): boolean {
  if (!isPlainObject(v)) return false;
  let found = 0;
  // for…in, not Object.keys: it allocates nothing. (An inherited key it may meet, from an
  // Object.prototype someone has added to, is checked as an own one would be.)
  for (const key in v) {
    const kind = field(key, v[key]);
    if (kind === false) return false;
    if (kind === "required") found++;
  }
  return found === requiredKeys;
}

/** What a record's field check found: a good required key, a good optional key, or a problem. */
type FieldCheck = "required" | "optional" | false;

const required = (ok: boolean): FieldCheck => (ok ? "required" : false);
const optional = (ok: boolean): FieldCheck => (ok ? "optional" : false);

function userField(key: string, x: unknown): FieldCheck {
  return key === "username" ? required(isNonEmptyString(x)) : key === "name" ? required(typeof x === "string") : false;
}

function isUser(v: unknown): boolean {
  return isRecord(v, 2, userField);
}

function artifactVersionField(key: string, x: unknown): FieldCheck {
  switch (key) {
    case "version":
    case "size":
      return required(isCount(x));
    case "digest":
      return required(typeof x === "string");
    case "createdAt":
      return required(isDateTime(x));
    case "aliases":
      return optional(isArrayOf(x, isNonEmptyString));
    default:
      return false;
  }
}

function isArtifactVersion(v: unknown): boolean {
  return isRecord(v, 4, artifactVersionField);
}

function artifactField(key: string, x: unknown): FieldCheck {
  switch (key) {
    case "name":
      return required(isNonEmptyString(x) && !(x as string).includes(":"));
    case "type":
      return required(isNonEmptyString(x));
    case "versions":
      return required(isArrayOf(x, isArtifactVersion));
    default:
      return false;
  }
}

function isArtifact(v: unknown): boolean {
  return isRecord(v, 3, artifactField);
}

function runField(key: string, x: unknown): FieldCheck {
  switch (key) {
    case "id":
    case "user":
    case "state":
      return required(isNonEmptyString(x));
    case "createdAt":
    case "heartbeatAt":
      return required(isDateTime(x));
    case "name":
    case "jobType":
      return optional(typeof x === "string");
    case "config":
    case "summary":
      return optional(isJsonObject(x, 0));
    case "history":
      return optional(isHistory(x));
    case "loggedArtifacts":
    case "usedArtifacts":
      return optional(isArrayOf(x, isArtifactRef));
    default:
      return false;
  }
}

function isRun(v: unknown): boolean {
  return isRecord(v, 5, runField);
}

/** True only when `workspaceFileSchema` accepts `data`; false says nothing (ask the schema). */
function fileField(key: string, x: unknown): FieldCheck {
  switch (key) {
    case "entity":
    case "project":
      return required(isNonEmptyString(x));
    case "runs":
      return required(isArrayOf(x, isRun));
    case "users":
      return optional(isArrayOf(x, isUser));
    case "artifacts":
      return optional(isArrayOf(x, isArtifact));
    default:
      return false;
  }
}

/** True only when `workspaceFileSchema` accepts `data`; false says nothing (ask the schema). */
export function quicklyValid(data: unknown): boolean {
  return isRecord(data, 3, fileField);
}

export type UserRecord = z.output<typeof userSchema>;
export type ArtifactVersionRecord = z.output<typeof artifactVersionSchema>;
export type ArtifactRecord = z.output<typeof artifactSchema>;
export type RunRecord = z.output<typeof runSchema>;
export type WorkspaceFile = z.output<typeof workspaceFileSchema>;
