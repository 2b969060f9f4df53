/**
 * Loading a workspace file (SPEC §3): validate a parsed file completely, then hydrate it into
 * the entity classes. A file with any problem is refused whole, with a `data` error listing the
 * first problems in document order, each led by its path inside the file:
 *
 *     runs[12].createdAt: expected an ISO 8601 date-time, got "yesterday"
 *     runs[3].user: no user "jane" in users (did you mean "jane_doe"?)
 *
 * Validation has two passes over the untouched input: the record-by-record rules (the quick check,
 * quick-check.ts, and where it cannot vouch for the file, the zod schema, schema.ts, which finds
 * the problems) and the cross-checks (cross-check.ts: uniqueness and references).
 * Hydration (hydrate.ts) reads the input itself, not zod's copy: the schema is strict and has no
 * transforms, so a valid input is its own parsed value, and only the input keeps the file's key order.
 */
import { z } from "zod";
import { WeftError } from "../errors.js";
import type { Workspace } from "./entities.js";
import { crossCheck, type Path, type Problem } from "./cross-check.js";
import { hydrate } from "./hydrate.js";
import { isObject, quicklyValid } from "./quick-check.js";
import { describeValue, workspaceFileSchema, type WorkspaceFile } from "./schema.js";
import { didYouMean } from "../suggest.js";

/** How many problems a refusal lists; the rest are counted. */
export const MAX_REPORTED_PROBLEMS = 10;

/**
 * Validates a parsed workspace file and hydrates it. Throws a `data` WeftError naming the path
 * of each problem (up to {@link MAX_REPORTED_PROBLEMS}, one per line) when the file is not valid.
 * The input is not changed; the workspace returned shares no mutable object with it.
 */
export function loadWorkspace(data: unknown): Workspace {
  const problems = validate(data);
  if (problems.length > 0) throw new WeftError("data", problemMessage(problems, data));
  return hydrate(data as WorkspaceFile);
}

// ---------------------------------------------------------------------------------------------
// Validation

function validate(data: unknown): Problem[] {
  const problems: Problem[] = [];
  const result = quicklyValid(data) ? undefined : workspaceFileSchema.safeParse(data, { error: genericMessage });
  if (result?.success === false) {
    for (const issue of result.error.issues) problems.push(...fromZodIssue(issue, data));
  }
  if (isObject(data)) crossCheck(data, problems);
  return problems;
}

const EXPECTED: Record<string, string> = {
  string: "a string",
  number: "a number",
  int: "an integer",
  boolean: "a boolean",
  object: "an object",
  array: "an array",
};

/** Messages for the issues the schema gives no message of its own. */
function genericMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === "invalid_type") return `expected ${EXPECTED[issue.expected] ?? issue.expected}`;
  return undefined;
}

function fromZodIssue(issue: z.core.$ZodIssue, data: unknown): Problem[] {
  const path = issue.path.map(pathSegment);
  if (issue.code === "unrecognized_keys") {
    const known = knownKeys(path);
    return issue.keys.map((key) => ({ path: [...path, key], message: `unknown key${didYouMean(key, known)}` }));
  }
  if (issue.code === "custom") return [{ path, message: issue.message }];
  const { parent, value } = locate(data, path);
  const last = path[path.length - 1];
  if (value === undefined && typeof last === "string" && isObject(parent) && !Object.prototype.hasOwnProperty.call(parent, last)) {
    return [{ path, message: "missing required key" }];
  }
  let message = `${issue.message}, got ${describeValue(value)}`;
  if (path.length === 0 && typeof value === "string") message += " (loadWorkspace takes the parsed file: JSON.parse it first)";
  return [{ path, message }];
}

function pathSegment(segment: PropertyKey): string | number {
  return typeof segment === "symbol" ? String(segment) : segment;
}

/** The keys the schema allows in the object at `path`, for suggestions. */
function knownKeys(path: Path): string[] {
  let schema: z.ZodType = workspaceFileSchema;
  for (const segment of path) {
    while (schema instanceof z.ZodOptional) schema = schema.unwrap() as z.ZodType;
    if (typeof segment === "number" && schema instanceof z.ZodArray) schema = schema.element as z.ZodType;
    else if (typeof segment === "string" && schema instanceof z.ZodObject) {
      const field = (schema.shape as Record<string, z.ZodType | undefined>)[segment];
      if (field === undefined) return [];
      schema = field;
    } else return [];
  }
  while (schema instanceof z.ZodOptional) schema = schema.unwrap() as z.ZodType;
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function locate(data: unknown, path: Path): { parent: unknown; value: unknown } {
  let parent: unknown = undefined;
  let value: unknown = data;
  for (const segment of path) {
    parent = value;
    value = isObject(value) || Array.isArray(value) ? (value as Record<string | number, unknown>)[segment] : undefined;
  }
  return { parent, value };
}

// ---------------------------------------------------------------------------------------------
// Messages

/** The refusal message: the first problems in document order, one per line. */
function problemMessage(problems: Problem[], data: unknown): string {
  const keyed = problems.map((problem, order) => ({ problem, order, key: documentPosition(data, problem.path) }));
  keyed.sort((a, b) => comparePositions(a.key, b.key) || a.order - b.order);
  const lines: string[] = [];
  const seen = new Set<string>();
  let shown = 0;
  let hidden = 0;
  for (const { problem } of keyed) {
    const path = formatPath(problem.path);
    if (seen.has(path)) continue; // one problem per place: the first found there
    seen.add(path);
    if (shown < MAX_REPORTED_PROBLEMS) {
      lines.push(`${path}: ${problem.message}`);
      shown++;
    } else {
      hidden++;
    }
  }
  if (hidden > 0) lines.push(`(and ${hidden} more problem${hidden === 1 ? "" : "s"})`);
  return lines.join("\n");
}

/**
 * Where a path sits in the file: per segment, the array index or the key's place among its
 * object's keys (a key the file lacks comes after the ones it has).
 */
function documentPosition(data: unknown, path: Path): number[] {
  const position: number[] = [];
  let node: unknown = data;
  for (const segment of path) {
    if (typeof segment === "number") {
      position.push(segment);
      node = Array.isArray(node) ? node[segment] : undefined;
    } else if (isObject(node)) {
      const index = Object.keys(node).indexOf(segment);
      position.push(index < 0 ? Number.MAX_SAFE_INTEGER : index);
      node = node[segment];
    } else {
      position.push(Number.MAX_SAFE_INTEGER);
      node = undefined;
    }
  }
  return position;
}

function comparePositions(a: number[], b: number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `runs[12].config`, `runs[0].summary["val/loss"]`; the whole file is `workspace`. */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return "workspace";
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

