/**
 * The checker's types, with TypeScript's rules where Weft follows them: assignability, unions,
 * overlap (for `===`), and the narrowing of `T | undefined` by truthiness.
 *
 * `json` is the type of a value read from a config, a summary or a history row: any JSON value,
 * tracked so that it may stand where a number, a string, a boolean or a nested dictionary is
 * expected, but never where a Run, a Date or a function is. `any` is unchecked: JSON.parse's
 * result, and the values of an empty object literal used as a dictionary.
 */

export type EntityName = "Run" | "Artifact" | "ArtifactVersion" | "User" | "Project";
export type DictName = "ConfigDict" | "SummaryDict" | "HistoryRow";

export interface Param {
  readonly name: string;
  readonly type: Type;
  readonly optional: boolean;
}

export type Type =
  | { readonly k: "number" | "string" | "boolean" | "null" | "undefined" | "Date" | "json" | "any" | "unknown" | "never" }
  | { readonly k: "literal"; readonly value: string | number | boolean }
  | { readonly k: "entity"; readonly name: EntityName }
  | { readonly k: "array"; readonly element: Type }
  | { readonly k: "tuple"; readonly elements: readonly Type[] }
  | { readonly k: "object"; readonly props: ReadonlyMap<string, Type> }
  | { readonly k: "dict"; readonly value: Type; readonly name?: DictName }
  | { readonly k: "function"; readonly params: readonly Param[]; /** A rest parameter: its name, and the type of each of its elements. */ readonly rest?: Param; readonly returns: Type; readonly guard?: Type; readonly typeParams: readonly string[]; readonly statics?: string }
  | { readonly k: "union"; readonly types: readonly Type[] }
  | { readonly k: "var"; readonly name: string }
  | { readonly k: "namespace"; readonly name: string };

/** A function type: an op's, a builtin's (each of its overloads), or an arrow's. */
export type FunctionType = Extract<Type, { k: "function" }>;

/** A literal type: `"model"`, `1`, `true`. */
export type LiteralType = Extract<Type, { k: "literal" }>;

const simple = <K extends "number" | "string" | "boolean" | "null" | "undefined" | "Date" | "json" | "any" | "unknown" | "never">(k: K) => Object.freeze({ k }) as Type;

export const NUMBER = simple("number");
export const STRING = simple("string");
export const BOOLEAN = simple("boolean");
export const NULL = simple("null");
export const UNDEFINED = simple("undefined");
export const DATE = simple("Date");
export const JSON_T = simple("json");
export const ANY = simple("any");
export const UNKNOWN = simple("unknown");
export const NEVER = simple("never");

export const arrayOf = (element: Type): Type => ({ k: "array", element });
export const entity = (name: EntityName): Type => ({ k: "entity", name });
export const dict = (value: Type, name?: DictName): Type => (name ? { k: "dict", value, name } : { k: "dict", value });

export function fn(params: Param[], returns: Type, rest?: Type): Type {
  return rest ? { k: "function", params, rest: { name: "rest", type: rest, optional: true }, returns, typeParams: [] } : { k: "function", params, returns, typeParams: [] };
}

/** The base type of a literal type: `"a"` → string. */
export function widen(t: Type): Type {
  if (t.k === "literal") return typeof t.value === "string" ? STRING : typeof t.value === "number" ? NUMBER : BOOLEAN;
  if (t.k === "union") return union(t.types.map(widen));
  return t;
}

export function sameType(a: Type, b: Type): boolean {
  if (a === b) return true;
  if (a.k !== b.k) return false;
  switch (a.k) {
    case "literal":
      return a.value === (b as typeof a).value;
    case "entity":
    case "var":
    case "namespace":
      return a.name === (b as typeof a).name;
    case "array":
      return sameType(a.element, (b as typeof a).element);
    case "dict":
      return sameType(a.value, (b as typeof a).value) && a.name === (b as typeof a).name;
    case "tuple": {
      const bt = b as typeof a;
      return a.elements.length === bt.elements.length && a.elements.every((x, i) => sameType(x, bt.elements[i]!));
    }
    case "union": {
      const bu = b as typeof a;
      return a.types.length === bu.types.length && a.types.every((x) => bu.types.some((y) => sameType(x, y)));
    }
    case "object": {
      const bo = b as typeof a;
      if (a.props.size !== bo.props.size) return false;
      for (const [key, t] of a.props) {
        const other = bo.props.get(key);
        if (!other || !sameType(t, other)) return false;
      }
      return true;
    }
    case "function":
      return false;
    default:
      return true;
  }
}

/** A union, flattened and without duplicates; `any` absorbs everything, `never` vanishes. */
export function union(types: readonly Type[]): Type {
  const out: Type[] = [];
  const add = (t: Type) => {
    if (t.k === "union") t.types.forEach(add);
    else if (t.k === "never") return;
    else if (!out.some((x) => sameType(x, t))) out.push(t);
  };
  types.forEach(add);
  if (out.some((t) => t.k === "any")) return ANY;
  // A literal is absorbed by its base type: "a" | string is string.
  const filtered = out.filter((t) => !(t.k === "literal" && out.some((u) => u.k !== "literal" && sameType(u, widen(t)))));
  if (filtered.length === 0) return NEVER;
  if (filtered.length === 1) return filtered[0]!;
  return { k: "union", types: filtered };
}

function isNullishKind(t: Type): boolean {
  return t.k === "null" || t.k === "undefined";
}

/** Object types of an array literal's elements, merged: a key missing from some is optional (`| undefined`). */
export function mergeObjects(types: readonly Type[]): Type {
  const keys = new Set(types.flatMap((t) => (t.k === "object" ? [...t.props.keys()] : [])));
  const props = new Map<string, Type>();
  for (const key of keys) {
    props.set(key, union(types.map((t) => (t.k === "object" ? (t.props.get(key) ?? UNDEFINED) : UNDEFINED))));
  }
  return { k: "object", props };
}

export function members(t: Type): readonly Type[] {
  return t.k === "union" ? t.types : [t];
}

export function isNullish(t: Type): boolean {
  return t.k === "undefined" || t.k === "null";
}

export function hasNullish(t: Type): boolean {
  return members(t).some(isNullish);
}

export function removeNullish(t: Type): Type {
  return union(members(t).filter((m) => !isNullish(m)));
}

/** What is left of a type where a value of it is truthy. */
export function truthyPart(t: Type): Type {
  return union(members(t).filter((m) => !isNullish(m) && !(m.k === "literal" && !m.value)));
}

/** What is left of a type where a value of it is falsy (for `||` and `else` branches). */
export function falsyPart(t: Type): Type {
  return union(
    members(t).flatMap((m): Type[] => {
      switch (m.k) {
        case "entity": case "array": case "tuple": case "object": case "dict": case "function": case "Date": case "namespace":
          return [];
        case "literal":
          return m.value ? [] : [m];
        default:
          return [m];
      }
    }),
  );
}

const ENTITY_FIELDS_NOTE = "";
export { ENTITY_FIELDS_NOTE };

/** How messages name a type: as the op reference and TypeScript write it. */
export function typeToString(t: Type): string {
  switch (t.k) {
    case "json":
      return "JsonValue";
    case "literal":
      return typeof t.value === "string" ? JSON.stringify(t.value) : String(t.value);
    case "entity":
      return t.name;
    case "array": {
      const inner = typeToString(t.element);
      return (t.element.k === "union" || t.element.k === "function" ? `(${inner})` : inner) + "[]";
    }
    case "tuple":
      return `[${t.elements.map(typeToString).join(", ")}]`;
    case "object":
      return t.props.size === 0 ? "{}" : `{ ${[...t.props].map(([key, v]) => `${key}: ${typeToString(v)}`).join("; ")} }`;
    case "dict":
      return t.name ?? `Record<string, ${typeToString(t.value)}>`;
    case "function": {
      const params = t.params.map((p) => `${p.name}${p.optional ? "?" : ""}: ${typeToString(p.type)}`);
      if (t.rest) params.push(`...${t.rest.name}: ${typeToString(t.rest.type)}[]`);
      return `(${params.join(", ")}) => ${typeToString(t.returns)}`;
    }
    case "union":
      return t.types.map((m) => (m.k === "function" ? `(${typeToString(m)})` : typeToString(m))).join(" | ");
    case "var":
    case "namespace":
      return t.name;
    default:
      return t.k;
  }
}

/** Whether a JSON value could be of this type. */
function jsonCompatible(t: Type): boolean {
  switch (t.k) {
    case "number": case "string": case "boolean": case "null": case "json": case "any": case "unknown": case "literal": case "dict": case "object":
      return true;
    case "array":
      return jsonCompatible(t.element);
    case "tuple":
      return t.elements.every(jsonCompatible);
    case "union":
      return t.types.some(jsonCompatible);
    default:
      return false;
  }
}

/** TypeScript's assignability, simplified: can a value of `src` stand where `dst` is expected? */
export function assignable(src: Type, dst: Type): boolean {
  if (dst.k === "any" || dst.k === "unknown" || src.k === "any" || src.k === "never" || dst.k === "var" || src.k === "var") return true;
  if (src.k === "union") return src.types.every((m) => assignable(m, dst));
  if (dst.k === "union") return dst.types.some((m) => assignable(src, m));
  if (src.k === "json") return jsonCompatible(dst) || dst.k === "undefined";
  if (dst.k === "json") return jsonCompatible(src) || src.k === "undefined";
  switch (dst.k) {
    case "literal":
      return src.k === "literal" && src.value === dst.value;
    case "number": case "string": case "boolean":
      return src.k === dst.k || (src.k === "literal" && widen(src).k === dst.k);
    case "array":
      if (src.k === "array") return assignable(src.element, dst.element);
      if (src.k === "tuple") return src.elements.every((e) => assignable(e, dst.element));
      return false;
    case "tuple":
      return src.k === "tuple" && src.elements.length === dst.elements.length && src.elements.every((e, i) => assignable(e, dst.elements[i]!));
    case "object":
      // `{}` takes any value but null and undefined, as in TypeScript.
      if (dst.props.size === 0) return !isNullishKind(src);
      if (src.k !== "object") return false;
      for (const [key, t] of dst.props) {
        const s = src.props.get(key);
        if (s === undefined ? !hasNullish(t) : !assignable(s, t)) return false;
      }
      return true;
    case "dict":
      if (src.k === "dict") return assignable(src.value, dst.value);
      if (src.k === "object") return [...src.props.values()].every((t) => assignable(t, dst.value));
      return false;
    case "function": {
      if (src.k !== "function") return false;
      // Parameters are compared both ways, as TypeScript does for callbacks; fewer parameters are fine.
      for (let i = 0; i < src.params.length; i++) {
        const d = dst.params[i]?.type ?? dst.rest?.type;
        const s = src.params[i]!;
        if (d === undefined) {
          if (!s.optional) return false;
          continue;
        }
        if (!assignable(d, s.type) && !assignable(s.type, d)) return false;
      }
      return dst.returns.k === "undefined" || assignable(src.returns, dst.returns);
    }
    case "entity":
      return src.k === "entity" && src.name === dst.name;
    case "namespace":
      return src.k === "namespace" && src.name === dst.name;
    default:
      return src.k === dst.k;
  }
}

/** Whether two types have a value in common, as `===` between them needs (TypeScript's "no overlap" error). */
export function overlaps(a: Type, b: Type, top = true): boolean {
  // As in TypeScript, anything may be compared with null or undefined themselves.
  if (top && (isNullishKind(a) || isNullishKind(b))) return true;
  if (a.k === "union") return a.types.some((m) => overlaps(m, b, false));
  if (b.k === "union") return b.types.some((m) => overlaps(a, m, false));
  const loose = (t: Type) => t.k === "any" || t.k === "unknown" || t.k === "var" || t.k === "never";
  if (loose(a) || loose(b)) return true;
  if (a.k === "json" || b.k === "json") {
    const other = a.k === "json" ? b : a;
    return other.k === "json" || other.k === "undefined" || jsonCompatible(other);
  }
  if (a.k === "literal" && b.k === "literal") return a.value === b.value;
  if (a.k === "literal" || b.k === "literal") return widen(a).k === widen(b).k;
  if (a.k === "object" || a.k === "dict") return b.k === "object" || b.k === "dict";
  if (a.k === "array" || a.k === "tuple") return b.k === "array" || b.k === "tuple";
  if (a.k === "entity" && b.k === "entity") return a.name === b.name;
  return a.k === b.k;
}

/** Is this type usable where arithmetic wants a number? */
export function numeric(t: Type): boolean {
  return t.k === "number" || t.k === "json" || t.k === "any" || (t.k === "literal" && typeof t.value === "number") || (t.k === "union" && t.types.every(numeric));
}

export function stringLike(t: Type): boolean {
  return t.k === "string" || (t.k === "literal" && typeof t.value === "string") || (t.k === "union" && t.types.every(stringLike));
}

/** Replaces type variables by what they were bound to (unbound ones by `any`). */
export function substitute(t: Type, bindings: ReadonlyMap<string, Type>, unbound: Type = ANY): Type {
  switch (t.k) {
    case "var":
      return bindings.get(t.name) ?? unbound;
    case "array":
      return arrayOf(substitute(t.element, bindings, unbound));
    case "tuple":
      return { k: "tuple", elements: t.elements.map((e) => substitute(e, bindings, unbound)) };
    case "dict":
      return t.name ? t : dict(substitute(t.value, bindings, unbound));
    case "object":
      return { k: "object", props: new Map([...t.props].map(([key, v]) => [key, substitute(v, bindings, unbound)])) };
    case "union":
      return union(t.types.map((m) => substitute(m, bindings, unbound)));
    case "function": {
      const out: Type = {
        k: "function",
        params: t.params.map((p) => ({ ...p, type: substitute(p.type, bindings, unbound) })),
        returns: substitute(t.returns, bindings, unbound),
        typeParams: t.typeParams.filter((name) => !bindings.has(name)),
        ...(t.rest ? { rest: { ...t.rest, type: substitute(t.rest.type, bindings, unbound) } } : {}),
        ...(t.statics ? { statics: t.statics } : {}),
      };
      return out;
    }
    default:
      return t;
  }
}

export function containsVar(t: Type, bound: ReadonlyMap<string, Type>): boolean {
  switch (t.k) {
    case "var":
      return !bound.has(t.name);
    case "array":
      return containsVar(t.element, bound);
    case "tuple":
      return t.elements.some((e) => containsVar(e, bound));
    case "dict":
      return containsVar(t.value, bound);
    case "object":
      return [...t.props.values()].some((v) => containsVar(v, bound));
    case "union":
      return t.types.some((m) => containsVar(m, bound));
    case "function":
      return t.params.some((p) => containsVar(p.type, bound)) || containsVar(t.returns, bound) || (t.rest !== undefined && containsVar(t.rest.type, bound));
    default:
      return false;
  }
}

/**
 * Binds the type variables of `pattern` so that `actual` fits it: `U[]` against `number[]` binds
 * U to number. A variable already bound widens to the union of both.
 */
export function infer(pattern: Type, actual: Type, bindings: Map<string, Type>): void {
  switch (pattern.k) {
    case "var": {
      if (actual.k === "never") return;
      const known = bindings.get(pattern.name);
      bindings.set(pattern.name, known ? union([known, widen(actual)]) : widen(actual));
      return;
    }
    case "array":
      if (actual.k === "array") infer(pattern.element, actual.element, bindings);
      else if (actual.k === "tuple") actual.elements.forEach((e) => infer(pattern.element, e, bindings));
      else if (actual.k === "any" || actual.k === "json") infer(pattern.element, actual, bindings);
      return;
    case "tuple":
      if (actual.k === "tuple") pattern.elements.forEach((p, i) => actual.elements[i] && infer(p, actual.elements[i]!, bindings));
      else if (actual.k === "array") pattern.elements.forEach((p) => infer(p, actual.element, bindings));
      return;
    case "dict":
      // Record<string, V> takes any keyed collection: an object's property types, a dictionary's values, an array's elements.
      if (actual.k === "dict") infer(pattern.value, actual.value, bindings);
      else if (actual.k === "object") infer(pattern.value, actual.props.size > 0 ? union([...actual.props.values()]) : ANY, bindings);
      else if (actual.k === "array") infer(pattern.value, actual.element, bindings);
      else if (actual.k === "tuple") infer(pattern.value, union(actual.elements), bindings);
      else if (actual.k === "entity") infer(pattern.value, ANY, bindings);
      else if (actual.k === "any" || actual.k === "json") infer(pattern.value, actual, bindings);
      return;
    case "union": {
      // `T | T[]` against `number[]` binds T from the array member.
      const arrays = pattern.types.filter((m) => m.k === "array");
      if (actual.k === "array" && arrays.length > 0) arrays.forEach((m) => infer(m, actual, bindings));
      else pattern.types.filter((m) => m.k === "var").forEach((m) => infer(m, actual, bindings));
      return;
    }
    case "function":
      if (actual.k === "function") {
        pattern.params.forEach((p, i) => actual.params[i] && infer(p.type, actual.params[i]!.type, bindings));
        infer(pattern.returns, actual.returns, bindings);
      }
      return;
    default:
      return;
  }
}
