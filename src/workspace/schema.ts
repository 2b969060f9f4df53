/**
 * The workspace file (SPEC §3) as a zod schema: its shape, types and formats, field by field.
 *
 * What one record cannot tell on its own (unique ids and names, that a run's `user` and artifact
 * references exist, that an alias sits on one version only) is checked by the loader
 * (`cross-check.ts`), and `load.ts` turns zod's issues into Weft's messages. The schema has no transforms
 * and every object is strict, so a file that passes it is exactly of the type `WorkspaceFile`.
 *
 * Messages given here are completed by the loader: it prefixes the path and, except for the
 * `custom` issues raised by the JSON checks below (which say what they got themselves), appends
 * `, got <the value>`.
 *
 * The loader asks this schema only about a file `quicklyValid` (quick-check.ts) cannot vouch for.
 */
import { z } from "zod";
import { ARTIFACT_REF, DATE_TIME, isHistory, isJsonObject, isJsonValue, isPlainObject, MAX_JSON_DEPTH, type JsonObject } from "./quick-check.js";

/** The JSON checks stop reporting after this many problems in one value. */
const MAX_JSON_ISSUES = 10;

const nonEmptyString = z.string().min(1, { error: "expected a non-empty string" });

const notDateTime = "expected an ISO 8601 date-time";
const isoDateTime = z.string({ error: notDateTime }).regex(DATE_TIME, { error: notDateTime });

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

export type UserRecord = z.output<typeof userSchema>;
export type ArtifactVersionRecord = z.output<typeof artifactVersionSchema>;
export type ArtifactRecord = z.output<typeof artifactSchema>;
export type RunRecord = z.output<typeof runSchema>;
export type WorkspaceFile = z.output<typeof workspaceFileSchema>;
