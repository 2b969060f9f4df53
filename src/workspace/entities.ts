/**
 * The values a workspace holds once loaded: runs, artifacts and their versions, users and the
 * project. They are immutable; programs read them through ops and their listed fields only.
 *
 * A "dictionary" (config, summary, a history row) is a deep-frozen, null-prototype object of
 * JSON values, so no key a program computes can reach a prototype.
 */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type Dict = { readonly [key: string]: JsonValue };

/**
 * A Date the workspace holds. `Object.freeze` does not protect a Date's time, so its setters refuse:
 * an embedder holding an answer cannot change the workspace through it. Programs never reach them:
 * a frozen Date marks workspace data, and an evaluation that may write works on its own plain copy.
 */
class WorkspaceDate extends Date {}
for (const name of Object.getOwnPropertyNames(Date.prototype)) {
  if (!name.startsWith("set")) continue;
  Object.defineProperty(WorkspaceDate.prototype, name, {
    value: function refuse(): never {
      throw new TypeError(`Date.${name}: this Date is the workspace's and cannot change; change a copy (new Date(date))`);
    },
  });
}
Object.freeze(WorkspaceDate.prototype);

function workspaceDate(d: Date): Date {
  return Object.freeze(d instanceof WorkspaceDate ? d : new WorkspaceDate(d.getTime()));
}

/** The workspace's Date for a time in milliseconds (the loader makes its Dates here: one allocation, not two). */
export function newWorkspaceDate(time: number): Date {
  return Object.freeze(new WorkspaceDate(time));
}

export class User {
  constructor(
    readonly username: string,
    readonly name: string,
  ) {
    Object.freeze(this);
  }

  /** Its JSON form, for `JSON.stringify`. */
  toJSON(): object {
    return entityJson(this);
  }
}

export class ArtifactVersion {
  /** The first alias, or `v<number>` where the version has none (SPEC §2). */
  readonly alias: string;
  readonly createdAt: Date;

  constructor(
    readonly name: string,
    readonly type: string,
    readonly version: number,
    readonly aliases: readonly string[],
    readonly digest: string,
    readonly size: number,
    createdAt: Date,
  ) {
    this.alias = aliases[0] ?? `v${version}`;
    this.createdAt = workspaceDate(createdAt);
    Object.freeze(this);
  }

  /** Its JSON form, for `JSON.stringify`. */
  toJSON(): object {
    return entityJson(this);
  }
}

export class Artifact {
  constructor(
    readonly name: string,
    readonly type: string,
    /** The project it belongs to, for its link. */
    readonly project: Project,
    /** Ascending by version number. */
    readonly versions: readonly ArtifactVersion[],
    /** The artifact's record as the workspace file gave it: its JSON form. */
    readonly record: Dict,
  ) {
    Object.freeze(this);
  }

  /** Its JSON form, for `JSON.stringify`. */
  toJSON(): object {
    return entityJson(this);
  }
}

export interface RunInit {
  id: string;
  name: string | undefined;
  user: User;
  jobType: string | undefined;
  state: string;
  createdAt: Date;
  heartbeatAt: Date;
  config: Dict;
  summary: Dict;
  history: readonly Dict[];
  loggedArtifacts: readonly ArtifactVersion[];
  usedArtifacts: readonly ArtifactVersion[];
  record: Dict;
}

export class Run {
  readonly id: string;
  readonly name: string | undefined;
  readonly user: User;
  readonly jobType: string | undefined;
  readonly state: string;
  readonly createdAt: Date;
  readonly heartbeatAt: Date;
  /** `{}` where the file has none. */
  readonly config: Dict;
  readonly summary: Dict;
  /** In step order. */
  readonly history: readonly Dict[];
  readonly loggedArtifacts: readonly ArtifactVersion[];
  readonly usedArtifacts: readonly ArtifactVersion[];
  /** The run's record as the workspace file gave it: its JSON form. */
  readonly record: Dict;

  constructor(init: RunInit) {
    this.id = init.id;
    this.name = init.name;
    this.user = init.user;
    this.jobType = init.jobType;
    this.state = init.state;
    this.createdAt = workspaceDate(init.createdAt);
    this.heartbeatAt = workspaceDate(init.heartbeatAt);
    this.config = init.config;
    this.summary = init.summary;
    this.history = init.history;
    this.loggedArtifacts = init.loggedArtifacts;
    this.usedArtifacts = init.usedArtifacts;
    this.record = init.record;
    Object.freeze(this);
  }

  /** Its JSON form, for `JSON.stringify`. */
  toJSON(): object {
    return entityJson(this);
  }
}

export class Project {
  constructor(
    readonly name: string,
    readonly entity: string,
  ) {
    Object.freeze(this);
  }

  /** Its JSON form, for `JSON.stringify`. */
  toJSON(): object {
    return entityJson(this);
  }
}

/** A validated, hydrated workspace: what `loadWorkspace` returns and `program.run` reads. */
export class Workspace {
  constructor(
    readonly project: Project,
    readonly runs: readonly Run[],
    readonly artifacts: readonly Artifact[],
    readonly users: readonly User[],
  ) {
    Object.freeze(this);
  }
}

export type Entity = Run | Artifact | ArtifactVersion | User | Project;

export function isEntity(v: unknown): v is Entity {
  return v instanceof Run || v instanceof Artifact || v instanceof ArtifactVersion || v instanceof User || v instanceof Project;
}

/** The name a user sees for an entity's type, as the op reference writes it. */
export function entityTypeName(v: Entity): "Run" | "Artifact" | "ArtifactVersion" | "User" | "Project" {
  if (v instanceof Run) return "Run";
  if (v instanceof Artifact) return "Artifact";
  if (v instanceof ArtifactVersion) return "ArtifactVersion";
  if (v instanceof User) return "User";
  return "Project";
}

/**
 * An entity's JSON form, which `JSON.stringify`, console output and `--json` use: a run or an
 * artifact is its record from the workspace file; a version, a user and the project are their fields.
 * `view` is what an evaluation sees of the workspace data in it (its own copies, if it writes).
 */
export function entityJson(v: Entity, view: <T>(data: T) => T = (data) => data): object {
  if (v instanceof Run || v instanceof Artifact) return view(v.record);
  if (v instanceof ArtifactVersion) {
    return { name: v.name, type: v.type, version: v.version, aliases: view(v.aliases), alias: v.alias, digest: v.digest, size: v.size, createdAt: view(v.createdAt) };
  }
  if (v instanceof User) return { username: v.username, name: v.name };
  return { name: v.name, entity: v.entity };
}

/**
 * The prototype of every Weft object (a workspace dictionary, an object a program makes): empty,
 * frozen, and itself without a prototype, so no key reaches `Object.prototype` (no `toString`, no
 * `__proto__` setter). Unlike `Object.create(null)`, whose objects V8 keeps in its slow
 * dictionary mode, objects made from it get V8's fast layout: copied twice as fast, read three
 * times as fast.
 */
export const DICTIONARY_PROTOTYPE: object = Object.freeze(Object.create(null) as object);

/** A new, empty Weft object. */
export function newDictionary<V>(): { [key: string]: V } {
  return Object.create(DICTIONARY_PROTOTYPE) as { [key: string]: V };
}

/** Whether `v` is a Weft object: a dictionary or a program's object (a null prototype counts too). */
export function isDictionary(v: unknown): v is { [key: string]: unknown } {
  if (v === null || typeof v !== "object") return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === DICTIONARY_PROTOTYPE || proto === null;
}

/** Deep-freezes JSON data into Weft objects, the form every workspace dictionary takes. */
export function freezeJson(value: unknown): JsonValue {
  if (value === null || typeof value !== "object") return value as JsonValue;
  if (Array.isArray(value)) {
    const out = value.map(freezeJson);
    return Object.freeze(out) as JsonValue[];
  }
  const out = newDictionary<JsonValue>();
  // for…in with an own-key test rather than Object.keys: no array of keys per object, which was a
  // large share of a big workspace's garbage.
  for (const key in value) if (Object.prototype.hasOwnProperty.call(value, key)) out[key] = freezeJson((value as Record<string, unknown>)[key]);
  return Object.freeze(out);
}
