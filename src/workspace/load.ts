/**
 * Loading a workspace file (SPEC §3): validate a parsed file completely, then hydrate it into
 * the entity classes. A file with any problem is refused whole, with a `data` error listing the
 * first problems in document order, each led by its path inside the file:
 *
 *     runs[12].createdAt: expected an ISO 8601 date-time, got "yesterday"
 *     runs[3].user: no user "jane" in users (did you mean "jane_doe"?)
 *
 * Validation has two passes over the untouched input: the zod schema (shape, types, formats,
 * JSON values; a file `quicklyValid` vouches for skips it) and the cross-checks below (uniqueness and references), which are written
 * defensively so that they can run, and report, even where the schema found problems.
 * Hydration reads the input itself, not zod's copy: the schema is strict and has no transforms,
 * so a valid input is its own parsed value, and only the input keeps the file's key order.
 */
import { z } from "zod";
import { WeftError } from "../errors.js";
import { didYouMean } from "../suggest.js";
import {
  Artifact,
  ArtifactVersion,
  Project,
  Run,
  User,
  Workspace,
  freezeJson,
  newDictionary,
  newWorkspaceDate,
  type Dict,
  type JsonValue,
} from "./entities.js";
import {
  ARTIFACT_REF,
  describeValue,
  quicklyValid,
  workspaceFileSchema,
  type ArtifactRecord,
  type RunRecord,
  type WorkspaceFile,
} from "./schema.js";

/** How many problems a refusal lists; the rest are counted. */
export const MAX_REPORTED_PROBLEMS = 10;

type Path = (string | number)[];

interface Problem {
  path: Path;
  message: string;
}

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

/** What one record cannot tell alone: uniqueness and references. Reads only what it has checked. */
function crossCheck(file: Record<string, unknown>, problems: Problem[]): void {
  const report = (path: Path, message: string) => problems.push({ path, message });

  // Users: unique usernames.
  const users = file["users"] === undefined ? [] : file["users"];
  const usernames = new Map<string, number>();
  let usersKnown = Array.isArray(users);
  if (Array.isArray(users)) {
    users.forEach((user, i) => {
      const username = isObject(user) ? user["username"] : undefined;
      if (!isNonEmptyString(username)) {
        usersKnown = false;
        return;
      }
      const first = usernames.get(username);
      if (first !== undefined) report(["users", i, "username"], `duplicate username ${q(username)} (first at users[${first}])`);
      else usernames.set(username, i);
    });
  }

  // Artifacts: unique names, unique version numbers, an alias on one version only.
  const artifacts = file["artifacts"] === undefined ? [] : file["artifacts"];
  /** Per artifact name, its version numbers, or undefined where they could not all be read. */
  const artifactVersions = new Map<string, Set<number> | undefined>();
  let artifactsKnown = Array.isArray(artifacts);
  if (Array.isArray(artifacts)) {
    artifacts.forEach((artifact, i) => {
      const name = isObject(artifact) ? artifact["name"] : undefined;
      if (!isNonEmptyString(name)) {
        artifactsKnown = false;
        return;
      }
      if (artifactVersions.has(name)) {
        const first = artifacts.findIndex((a) => isObject(a) && a["name"] === name);
        report(["artifacts", i, "name"], `duplicate artifact name ${q(name)} (first at artifacts[${first}])`);
        return;
      }
      const versions = (artifact as Record<string, unknown>)["versions"];
      if (!Array.isArray(versions)) {
        artifactVersions.set(name, undefined);
        return;
      }
      const numbers = new Map<number, number>();
      const aliases = new Map<string, [versionIndex: number, aliasIndex: number]>();
      let complete = true;
      versions.forEach((version, j) => {
        const number = isObject(version) ? version["version"] : undefined;
        if (!isCount(number)) {
          complete = false;
        } else {
          const first = numbers.get(number);
          if (first !== undefined) report(["artifacts", i, "versions", j, "version"], `duplicate version ${number} (first at artifacts[${i}].versions[${first}])`);
          else numbers.set(number, j);
        }
        const versionAliases = isObject(version) ? version["aliases"] : undefined;
        if (!Array.isArray(versionAliases)) return;
        versionAliases.forEach((alias, k) => {
          if (!isNonEmptyString(alias)) return;
          const seen = aliases.get(alias);
          if (seen === undefined) {
            aliases.set(alias, [j, k]);
          } else if (seen[0] === j) {
            report(["artifacts", i, "versions", j, "aliases", k], `duplicate alias ${q(alias)}`);
          } else {
            const other = (versions[seen[0]] as Record<string, unknown>)["version"];
            const which = isCount(other) ? `version ${other}` : "another version";
            report(["artifacts", i, "versions", j, "aliases", k], `alias ${q(alias)} is already on ${which} (artifacts[${i}].versions[${seen[0]}])`);
          }
        });
      });
      artifactVersions.set(name, complete ? new Set(numbers.keys()) : undefined);
    });
  }

  // Runs: unique ids, users and artifact versions that exist.
  const runs = file["runs"];
  if (!Array.isArray(runs)) return;
  const ids = new Map<string, number>();
  runs.forEach((run, i) => {
    if (!isObject(run)) return;
    const id = run["id"];
    if (isNonEmptyString(id)) {
      const first = ids.get(id);
      if (first !== undefined) report(["runs", i, "id"], `duplicate run id ${q(id)} (first at runs[${first}])`);
      else ids.set(id, i);
    }
    const user = run["user"];
    if (usersKnown && isNonEmptyString(user) && !usernames.has(user)) {
      report(["runs", i, "user"], `no user ${q(user)} in users${didYouMean(user, usernames.keys())}`);
    }
    if (!artifactsKnown) return;
    for (const key of ["loggedArtifacts", "usedArtifacts"] as const) {
      const refs = run[key];
      if (!Array.isArray(refs)) continue;
      refs.forEach((ref, j) => {
        const match = typeof ref === "string" ? ARTIFACT_REF.exec(ref) : null;
        if (match === null) return;
        const name = match[1]!;
        const number = Number(match[2]);
        if (!artifactVersions.has(name)) {
          report(["runs", i, key, j], `no artifact ${q(name)}${didYouMean(name, artifactVersions.keys())}`);
          return;
        }
        const numbers = artifactVersions.get(name);
        if (numbers !== undefined && !numbers.has(number)) report(["runs", i, key, j], `artifact ${q(name)} has no version ${number}`);
      });
    }
  });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

function isNonEmptyString(v: unknown): v is string {
  return typeof v === "string" && v !== "";
}

function isCount(v: unknown): v is number {
  return Number.isSafeInteger(v) && (v as number) >= 0;
}

function q(s: string): string {
  return JSON.stringify(s);
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

// ---------------------------------------------------------------------------------------------
// Hydration: only ever sees a valid file.

function hydrate(file: WorkspaceFile): Workspace {
  const project = new Project(file.project, file.entity);
  const users: User[] = [];
  const userByName = new Map<string, User>();
  for (const record of file.users ?? []) {
    const user = new User(record.username, record.name);
    users.push(user);
    userByName.set(user.username, user);
  }

  const artifacts: Artifact[] = [];
  // By reference, `name:v3`: a version number has no leading zeros, so each version has one.
  const versionByRef = new Map<string, ArtifactVersion>();
  for (const record of file.artifacts ?? []) {
    const artifact = hydrateArtifact(record, project);
    artifacts.push(artifact);
    for (const v of artifact.versions) versionByRef.set(`${v.name}:v${v.version}`, v);
  }

  const resolve = (refs: readonly string[] | undefined): readonly ArtifactVersion[] => {
    if (refs === undefined || refs.length === 0) return Object.freeze([]);
    const out = new Array<ArtifactVersion>(refs.length);
    for (let i = 0; i < refs.length; i++) out[i] = versionByRef.get(refs[i]!)!;
    return Object.freeze(out);
  };

  const records = file.runs;
  const runs = new Array<Run>(records.length);
  for (let i = 0; i < records.length; i++) runs[i] = hydrateRun(records[i]!, userByName, resolve);

  // The root arrays stay unfrozen: V8's array builtins (filter, map, …) are many times slower on
  // frozen arrays. Programs never write to them: one that may gets its own copy (EvalContext.runs).
  return new Workspace(project, runs, artifacts, users);
}

function hydrateArtifact(record: ArtifactRecord, project: Project): Artifact {
  const versions = record.versions.map(
    (v) =>
      new ArtifactVersion(
        record.name,
        record.type,
        v.version,
        Object.freeze((v.aliases ?? []).slice()),
        v.digest,
        v.size,
        toDate(v.createdAt),
      ),
  );
  versions.sort((a, b) => a.version - b.version);
  return new Artifact(record.name, record.type, project, Object.freeze(versions), freezeRecord(record) as Dict);
}

/** `freezeJson` for a validated record, where an embedder may have written an optional key as `undefined`: that key is absent. */
function freezeRecord(value: unknown): JsonValue {
  if (value === null || typeof value !== "object") return value as JsonValue;
  if (Array.isArray(value)) return Object.freeze(value.map(freezeRecord)) as JsonValue[];
  const out = newDictionary<JsonValue>();
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = freezeRecord(v);
  }
  return Object.freeze(out);
}

function hydrateRun(
  record: RunRecord,
  userByName: Map<string, User>,
  resolve: (refs: readonly string[] | undefined) => readonly ArtifactVersion[],
): Run {
  const config = freezeJson(record.config ?? {}) as Dict;
  const summary = freezeJson(record.summary ?? {}) as Dict;

  // History: frozen rows, in file order for the record and in step order (stable) for the run.
  const rows = record.history ?? [];
  const fileOrder = new Array<Dict>(rows.length);
  let sorted = true;
  for (let i = 0; i < rows.length; i++) {
    fileOrder[i] = freezeJson(rows[i]) as Dict;
    if (i > 0 && (rows[i - 1]!["_step"] as number) > (rows[i]!["_step"] as number)) sorted = false;
  }
  Object.freeze(fileOrder);
  const history = sorted ? fileOrder : Object.freeze(fileOrder.slice().sort((a, b) => (a["_step"] as number) - (b["_step"] as number)));

  // The record: freezeJson(record), except that it shares the frozen dictionaries built above
  // instead of freezing second copies of them. An explicit `undefined` (from an embedder) is absent.
  const frozen = newDictionary<JsonValue>();
  for (const key of Object.keys(record) as (keyof RunRecord)[]) {
    const value = record[key];
    if (value === undefined) continue;
    if (key === "config") frozen[key] = config;
    else if (key === "summary") frozen[key] = summary;
    else if (key === "history") frozen[key] = fileOrder as JsonValue;
    else frozen[key] = freezeJson(value);
  }
  Object.freeze(frozen);

  return new Run({
    id: record.id,
    name: record.name,
    user: userByName.get(record.user)!,
    jobType: record.jobType,
    state: record.state,
    createdAt: toDate(record.createdAt),
    heartbeatAt: toDate(record.heartbeatAt),
    config,
    summary,
    history,
    loggedArtifacts: resolve(record.loggedArtifacts),
    usedArtifacts: resolve(record.usedArtifacts),
    record: frozen,
  });
}

function toDate(iso: string): Date {
  const date = newWorkspaceDate(Date.parse(iso));
  // The schema's pattern only admits real dates; this guards the invariant.
  if (Number.isNaN(date.getTime())) throw new WeftError("data", `invalid date-time ${JSON.stringify(iso)}`);
  return date;
}
