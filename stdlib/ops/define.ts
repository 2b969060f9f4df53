/** Builds an op entry whose implementation checks its arguments against the declared parameter types. */
import { Run, Artifact, ArtifactVersion, typeName, runtimeError, type Value } from "../../src/runtime/values.js";
import type { OpEntry } from "../registry.js";

const CHECKS: Record<string, (v: Value) => boolean> = {
  Run: (v) => v instanceof Run,
  Artifact: (v) => v instanceof Artifact,
  ArtifactVersion: (v) => v instanceof ArtifactVersion,
  string: (v) => typeof v === "string",
};

export type OpSpec = Omit<OpEntry, "impl" | "seeAlso" | "examples"> & {
  readonly seeAlso?: readonly string[];
  readonly examples?: OpEntry["examples"];
  readonly impl: (...args: any[]) => Value;
};

export function defineOp(spec: OpSpec): OpEntry {
  const checks = spec.params.map((p) => {
    const check = CHECKS[p.type];
    if (!check) throw new Error(`op ${spec.name}: no runtime check for parameter type ${p.type}`);
    return check;
  });
  const article = (t: string) => (/^[AEIOU]/.test(t) ? "an" : "a");
  const fail = (i: number, v: Value): never => {
    const p = spec.params[i]!;
    const hint = v === undefined ? " (is it a value that may be missing, such as the result of `find`?)" : "";
    throw runtimeError(`${spec.name} expects ${article(p.type)} ${p.type} as \`${p.name}\`, got ${typeName(v)}${hint}`);
  };
  const impl = spec.impl;
  let checked: (...args: Value[]) => Value;
  if (checks.length === 1) {
    const c0 = checks[0]!;
    checked = function (a: Value) {
      if (!c0(a)) fail(0, a);
      return impl(a);
    };
  } else {
    checked = function (...args: Value[]) {
      for (let i = 0; i < checks.length; i++) if (!checks[i]!(args[i])) fail(i, args[i]);
      return impl(...args);
    };
  }
  Object.defineProperty(checked, "name", { value: spec.name });
  return Object.freeze({ ...spec, seeAlso: spec.seeAlso ?? [], examples: spec.examples ?? [], impl: checked });
}
