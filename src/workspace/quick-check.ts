/**
 * The workspace file's rules (SPEC §3) as plain code that allocates nothing: `quicklyValid` says
 * whether a file is surely one the zod schema (`schema.ts`) accepts. The loader asks zod only
 * about a file this cannot vouch for (one with a problem, or written in a form this check does
 * not cover: an optional key set to `undefined`, an object of a class), and zod then finds the
 * problems and their paths. zod builds a parsed copy of all it checks (a third of a 100k-run
 * file's load) and takes ~75 ms to import, which a command line that loads a good file skips.
 * A property test holds the two to their contract: whatever this accepts, zod accepts.
 *
 * The JSON-value checks here are also the schema's own (its `config`, `summary` and `history`).
 */
import type { JsonValue } from "./entities.js";

/** A JSON object as the workspace file holds it: config, summary, a history row. */
export type JsonObject = { [key: string]: JsonValue };

/** JSON values nested deeper than this are refused: it bounds recursion, and catches cycles an embedder's data may have. */
export const MAX_JSON_DEPTH = 256;

/** An artifact reference: `<name>:v<number>`, the number without leading zeros. */
export const ARTIFACT_REF = /^([^:]+):v(0|[1-9][0-9]*)$/;

/**
 * `2026-10-01T00:00:00.000Z`, `…T00:00:00Z`, `…T00:00:00+02:00`: date, time with seconds, and a
 * zone. The pattern of zod's `z.iso.datetime({ offset: true })` (a test holds them equal): it also
 * checks the calendar (no February 30th), so every string it accepts parses to a valid Date.
 */
export const DATE_TIME =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))$/;

// ---------------------------------------------------------------------------------------------
// JSON values

export function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** True when `v` is a JSON value. The fast path: no allocation; the reporters in schema.ts say what is wrong. */
export function isJsonValue(v: unknown, depth: number): boolean {
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

export function isJsonObject(v: unknown, depth: number): boolean {
  if (!isPlainObject(v)) return false;
  for (const key in v) {
    if (Object.prototype.hasOwnProperty.call(v, key) && !isJsonValue(v[key], depth + 1)) return false;
  }
  return true;
}

export function isHistory(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) {
    const row: unknown = v[i];
    if (!isJsonObject(row, 1) || typeof (row as JsonObject)["_step"] !== "number" || !Object.prototype.hasOwnProperty.call(row, "_step")) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// The file

export function isNonEmptyString(v: unknown): v is string {
  return typeof v === "string" && v !== "";
}

export function isCount(v: unknown): v is number {
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
