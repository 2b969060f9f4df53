/**
 * Hydration: a valid workspace file into the entity classes (entities.ts), sharing no mutable
 * object with it. And `loadValidWorkspace`, the loader's common case without zod: kept apart from
 * load.ts (and its zod) so that the command line imports zod only for a file that needs its messages.
 */
import { WeftError } from "../errors.js";
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
import { crossCheck, type Problem } from "./cross-check.js";
import { quicklyValid } from "./quick-check.js";
import type { ArtifactRecord, RunRecord, WorkspaceFile } from "./schema.js";

/**
 * The workspace of a file that passes the quick check and the cross-checks; `undefined` for any
 * other, valid or not, which `loadWorkspace` (load.ts) then loads or refuses with its problems.
 */
export function loadValidWorkspace(data: unknown): Workspace | undefined {
  if (!quicklyValid(data)) return undefined;
  const problems: Problem[] = [];
  crossCheck(data as Record<string, unknown>, problems);
  return problems.length === 0 ? hydrate(data as WorkspaceFile) : undefined;
}

export function hydrate(file: WorkspaceFile): Workspace {
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
