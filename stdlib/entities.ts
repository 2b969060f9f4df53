/** The fields programs may read on workspace entities, and the project's methods. */
import { active } from "../src/runtime/active.js";
import type { Run, Artifact, ArtifactVersion, User, Project } from "../src/workspace/entities.js";
import { byName, method, type FieldEntry, type MethodEntry } from "./registry.js";

const field = <E>(name: string, type: string, description: string, get: (self: E) => unknown): FieldEntry => ({ name, type, description, get });

export const runFields = byName<FieldEntry>([
  field<Run>("id", "string", "The run's unique id.", (r) => r.id),
  field<Run>("state", "string", "The run's state: `finished`, `running`, `crashed`, `failed`, …", (r) => r.state),
]);

export const artifactFields = byName<FieldEntry>([
  field<Artifact>("name", "string", "The artifact's name within its project.", (a) => a.name),
  field<Artifact>("type", "string", "The artifact's type: `model`, `dataset`, …", (a) => a.type),
]);

export const artifactVersionFields = byName<FieldEntry>([
  field<ArtifactVersion>("name", "string", "The name of the artifact this is a version of.", (v) => v.name),
  field<ArtifactVersion>("type", "string", "The artifact's type.", (v) => v.type),
  field<ArtifactVersion>("version", "number", "The version number.", (v) => v.version),
  field<ArtifactVersion>("aliases", "string[]", "The version's aliases, such as `latest` and `production`.", (v) => active().view(v.aliases)),
  field<ArtifactVersion>("alias", "string", "The first alias, or `v<number>` where the version has none.", (v) => v.alias),
  field<ArtifactVersion>("digest", "string", "The content digest, `sha256:…`.", (v) => v.digest),
  field<ArtifactVersion>("size", "number", "The size in bytes.", (v) => v.size),
  field<ArtifactVersion>("createdAt", "Date", "When the version was created.", (v) => active().view(v.createdAt)),
]);

export const userFields = byName<FieldEntry>([
  field<User>("username", "string", "The user's W&B username.", (u) => u.username),
  field<User>("name", "string", "The user's full name.", (u) => u.name),
]);

export const projectFields = byName<FieldEntry>([
  field<Project>("name", "string", "The project's name.", (p) => p.name),
  field<Project>("entity", "string", "The entity (team or user) that owns the project.", (p) => p.entity),
]);

export const projectMethods = byName<MethodEntry>([
  method("runs", "() => Run[]", "The project's runs: the same array as the `runs` root.", () => active().runs()),
  method("artifacts", "() => Artifact[]", "The project's artifacts: the same array as the `artifacts` root.", () => active().artifacts()),
]);
