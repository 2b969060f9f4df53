/**
 * The shapes of the standard library's entries. Each op, method, field and global is one entry:
 * its name, its type as TypeScript writes it, its documentation and its implementation. The
 * checker, the evaluator, the docs and completion all read these entries; nothing restates them.
 */
import type { Value } from "../src/runtime/values.js";

export interface ParamDoc {
  readonly name: string;
  /** The parameter's type as TypeScript writes it: `Run`, `string`. */
  readonly type: string;
  readonly description: string;
}

export interface Example {
  readonly title: string;
  /** The example as the reference writes it; free names such as `myRun` are the reader's to bind. */
  readonly source: string;
}

/** An op of the W&B reference: a global function over workspace entities. */
export interface OpEntry {
  readonly name: string;
  readonly category: "Run Operations" | "Artifact Operations";
  readonly params: readonly ParamDoc[];
  /** The result type as TypeScript writes it: `string | undefined`. */
  readonly returns: string;
  readonly summary: string;
  readonly description: string;
  readonly examples: readonly Example[];
  readonly seeAlso: readonly string[];
  /** The implementation, with its arguments already checked against `params`. */
  readonly impl: (...args: any[]) => Value;
}

/** A method of a builtin type: `xs.map(f)`, `s.padStart(8)`, `d.getTime()`. */
export interface MethodEntry {
  readonly name: string;
  /** Its type as a function type, in terms of the receiver's element type `T` where it has one. */
  readonly signature: string;
  /** Further signatures, tried after `signature` (as TypeScript's overloads are). */
  readonly overloads?: readonly string[];
  readonly description: string;
  /** Whether it changes its receiver (`push`, `sort`, `setDate`): a program that calls one gets its own view of the workspace. */
  readonly mutates?: boolean;
  readonly impl: (self: any, ...args: Value[]) => Value;
}

/** A read-only field of an entity: `version.size`, `user.username`. */
export interface FieldEntry {
  readonly name: string;
  readonly type: string;
  readonly description: string;
  readonly get: (self: any) => Value;
}

/** A name in the global scope other than an op: `Math`, `parseFloat`, `NaN`, `console`. */
export interface GlobalEntry {
  readonly name: string;
  readonly type: string;
  readonly description: string;
  readonly value: Value;
}

/** The members of a builtin namespace or of a builtin function's statics: `Math.max`, `Number.isInteger`. */
export interface StaticEntry {
  readonly name: string;
  readonly type: string;
  /** Further signatures of a function-valued member, tried after `type`. */
  readonly overloads?: readonly string[];
  readonly description: string;
  readonly value: Value;
  readonly mutates?: boolean;
}

export function method(name: string, signature: string | readonly string[], description: string, impl: MethodEntry["impl"], mutates = false): MethodEntry {
  const [first, ...overloads] = typeof signature === "string" ? [signature] : signature;
  return { name, signature: first!, overloads, description, impl, mutates };
}

export function byName<E extends { readonly name: string }>(entries: readonly E[]): ReadonlyMap<string, E> {
  return new Map(entries.map((e) => [e.name, e]));
}
