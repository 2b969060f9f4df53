/**
 * The standard library's declared types, read once from the registry's type strings (written as
 * TypeScript writes them) into checker types. Nothing here restates a signature.
 */
import type * as A from "../ast.js";
import { parseType } from "../parse.js";
import { Namespace } from "../runtime/values.js";
import { ops, opsByName, methods, fields, globals, functionStatics, namespaceMembers, type StaticEntry } from "../../stdlib/index.js";
import {
  ANY, BOOLEAN, DATE, JSON_T, NEVER, NULL, NUMBER, STRING, UNDEFINED, UNKNOWN,
  arrayOf, dict, entity, members, union, type EntityName, type Param, type Type,
  type FunctionType,
} from "./types.js";

/** A type name the checker does not know, in an annotation. */
export class UnknownTypeName {
  constructor(readonly name: string, readonly node: A.TypeRef) {}
}

/** A rest parameter annotated with a type that is not an array's (`...xs: string`): its arguments arrive as an array. */
export class RestNotArray {
  constructor(readonly node: A.TypeNode) {}
}

/** Whether a rest parameter may be declared of this type: an array, a tuple, `any`, or a union of those (as TypeScript). */
export function restTypeOk(t: Type): boolean {
  return members(t).every((m) => m.k === "array" || m.k === "tuple" || m.k === "any" || m.k === "never");
}

/** A rest parameter of type `t` (`...xs: number[]`), which a signature holds as the type of each argument it takes. */
export function restParam(name: string, t: Type): Param {
  return { name, type: t.k === "array" ? t.element : ANY, optional: true };
}

const ENTITY_NAMES: readonly EntityName[] = ["Run", "Artifact", "ArtifactVersion", "User", "Project"];
export const KNOWN_TYPE_NAMES = [
  "number", "string", "boolean", "null", "undefined", "Date", "any", "unknown", "never", "object", "JsonValue",
  "ConfigDict", "SummaryDict", "HistoryRow", "Record", "Array", ...ENTITY_NAMES,
];

/** Resolves a type annotation. `vars` are the type variables in scope (`T`, `U`); unknown names and misplaced types call `onProblem`. */
export function resolveType(node: A.TypeNode, vars: ReadonlySet<string>, onProblem: (e: UnknownTypeName | RestNotArray) => void): Type {
  const r = (n: A.TypeNode) => resolveType(n, vars, onProblem);
  switch (node.kind) {
    case "ArrayType":
      return arrayOf(r(node.element));
    case "UnionType":
      return union(node.types.map(r));
    case "TupleType":
      return { k: "tuple", elements: node.elements.map(r) };
    case "LiteralType":
      return node.value === null ? NULL : { k: "literal", value: node.value };
    case "ObjectType":
      return { k: "object", props: new Map(node.members.map((m) => [m.name, m.optional ? union([r(m.type), UNDEFINED]) : r(m.type)])) };
    case "FunctionType": {
      const params: Param[] = [];
      let rest: Param | undefined;
      for (const p of node.params) {
        const t = p.type ? r(p.type) : ANY;
        const name = p.target.kind === "Identifier" ? p.target.name : "arg";
        if (p.rest) {
          if (p.type && !restTypeOk(t)) onProblem(new RestNotArray(p.type));
          rest = restParam(name, t);
        } else params.push({ name, type: t, optional: p.optional || p.defaultValue !== undefined });
      }
      return { k: "function", params, returns: r(node.returns), typeParams: [], ...(rest ? { rest } : {}) };
    }
    case "TypeRef":
      return typeRef(node, vars, r, onProblem);
  }
}

function typeRef(node: A.TypeRef, vars: ReadonlySet<string>, r: (n: A.TypeNode) => Type, onUnknown: (e: UnknownTypeName) => void): Type {
  if (vars.has(node.name)) return { k: "var", name: node.name };
  switch (node.name) {
    case "number": return NUMBER;
    case "string": return STRING;
    case "boolean": return BOOLEAN;
    case "null": return NULL;
    case "undefined": case "void": return UNDEFINED;
    case "Date": return DATE;
    case "any": return ANY;
    case "unknown": case "object": return UNKNOWN;
    case "never": return NEVER;
    case "JsonValue": return JSON_T;
    case "ConfigDict": return dict(JSON_T, "ConfigDict");
    case "SummaryDict": return dict(JSON_T, "SummaryDict");
    case "HistoryRow": return dict(JSON_T, "HistoryRow");
    case "Record": return dict(node.args[1] ? r(node.args[1]) : ANY);
    case "Array": return arrayOf(node.args[0] ? r(node.args[0]) : ANY);
  }
  if ((ENTITY_NAMES as readonly string[]).includes(node.name)) return entity(node.name as EntityName);
  onUnknown(new UnknownTypeName(node.name, node));
  return ANY;
}

/** Parses a registry signature such as `<U>(callback: (value: T) => U) => U[]`, with `T` free. */
export function signatureType(text: string, free: readonly string[] = ["T"]): Type {
  const generic = /^<([^>]*)>\s*/.exec(text);
  const typeParams = generic ? generic[1]!.split(",").map((s) => s.trim()) : [];
  const body = generic ? text.slice(generic[0].length) : text;
  const t = resolveType(parseType(body), new Set([...free, ...typeParams]), (e) => {
    throw new Error(`stdlib signature ${JSON.stringify(text)}: ${e instanceof UnknownTypeName ? `names an unknown type ${e.name}` : "a rest parameter of a type that is not an array"}`);
  });
  return t.k === "function" ? { ...t, typeParams } : t;
}

/** Each stdlib entry's type, resolved at its first use: keyed by the entry itself, no key to build. */
const cache = new WeakMap<object, Type | Type[]>();
function cached<T extends Type | Type[]>(entry: object, make: () => T): T {
  let t = cache.get(entry) as T | undefined;
  if (!t) cache.set(entry, (t = make()));
  return t;
}

export function opType(name: string): Type | undefined {
  const op = opsByName.get(name);
  if (!op) return undefined;
  return cached(op, () => ({
    k: "function",
    params: op.params.map((p) => ({ name: p.name, type: signatureType(p.type, []), optional: false })),
    returns: signatureType(op.returns, []),
    typeParams: [],
  }));
}

export type Receiver = keyof typeof methods;

/** The signatures (first, then overloads) of a method of a builtin type, with `T` still free. */
export function methodTypes(receiver: Receiver, name: string): FunctionType[] | undefined {
  const entry = methods[receiver].get(name);
  if (!entry) return undefined;
  return cached(entry, () => [entry.signature, ...(entry.overloads ?? [])].map(functionSignature));
}

/** A method's signature, which must be a function type: a stdlib entry that is not one is a bug of the stdlib. */
function functionSignature(text: string): FunctionType {
  const t = signatureType(text);
  if (t.k !== "function") throw new Error(`stdlib method signature ${JSON.stringify(text)} is not a function type`);
  return t;
}

export function methodNames(receiver: Receiver): string[] {
  return [...methods[receiver].keys()];
}

export function fieldType(entityName: EntityName, name: string): Type | undefined {
  const f = fields[entityName].get(name);
  return f && cached(f, () => signatureType(f.type, []));
}

export function fieldNames(entityName: EntityName): string[] {
  return [...fields[entityName].keys()];
}

function staticTypes(e: StaticEntry): Type[] {
  return cached(e, () => [e.type, ...(e.overloads ?? [])].map((sig) => signatureType(sig, [])));
}

/** The members of a namespace or of a builtin function's statics (`Math.max`, `Number.isInteger`), each with its signatures. */
export function staticMembers(owner: string): ReadonlyMap<string, Type[]> | undefined {
  const entry = globals.get(owner);
  if (!entry) return undefined;
  const table = entry.value instanceof Namespace ? namespaceMembers.get(entry.value) : functionStatics.get(entry.value);
  if (!table) return undefined;
  return new Map([...table.values()].map((e) => [e.name, staticTypes(e)]));
}

/** The type of a global builtin's name: a namespace, a function (with statics), or a value. */
export function globalType(name: string): Type | undefined {
  const entry = globals.get(name);
  if (!entry) return undefined;
  return cached(entry, () => {
    if (entry.value instanceof Namespace || entry.type === name) return { k: "namespace", name };
    const t = signatureType(entry.type, []);
    return t.k === "function" && functionStatics.has(entry.value) ? { ...t, statics: name } : t;
  });
}
