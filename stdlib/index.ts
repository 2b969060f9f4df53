/** The standard library: every op, method, field and global that programs can name. */
import { byName, type MethodEntry, type OpEntry } from "./registry.js";
import { runOps } from "./ops/run-ops.js";
import { artifactOps } from "./ops/artifact-ops.js";
import { arrayMethods } from "./builtins/array.js";
import { stringMethods, numberMethods, booleanMethods, dateMethods } from "./builtins/string.js";
import { globals, functionStatics, namespaceMembers, DATE_CONSTRUCTOR, constructDate } from "./builtins/globals.js";
import { runFields, artifactFields, artifactVersionFields, userFields, projectFields, projectMethods } from "./entities.js";

export * from "./registry.js";

/** The ops of the W&B reference, in the reference's order. */
export const ops: readonly OpEntry[] = [...runOps, ...artifactOps];
export const opsByName = byName(ops);

export const methods = {
  array: arrayMethods,
  string: stringMethods,
  number: numberMethods,
  boolean: booleanMethods,
  Date: dateMethods,
  Project: projectMethods,
} as const;

export const fields = {
  Run: runFields,
  Artifact: artifactFields,
  ArtifactVersion: artifactVersionFields,
  User: userFields,
  Project: projectFields,
} as const;

export { globals, functionStatics, namespaceMembers, DATE_CONSTRUCTOR, constructDate };
