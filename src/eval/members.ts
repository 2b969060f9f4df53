/**
 * Member access, the sandbox's inner wall: a read resolves only the own data of arrays, strings,
 * dictionaries and program-made objects, and the listed fields and methods of builtin types.
 * Where V8 would reach anything else on a prototype, Weft refuses with a runtime error.
 */
import { WeftError } from "../errors.js";
import type { Span } from "../source.js";
import { closest } from "../suggest.js";
import { Namespace, typeName, type Value } from "../runtime/values.js";
import { active } from "../runtime/active.js";
import { Run, Artifact, ArtifactVersion, User, Project, isEntity, entityTypeName, DICTIONARY_PROTOTYPE } from "../workspace/entities.js";
import { methods, fields, functionStatics, type FieldEntry, type MethodEntry } from "../../stdlib/index.js";

const protoNames = (...protos: object[]) => new Set(protos.flatMap((p) => Object.getOwnPropertyNames(p)));
const OBJECT_PROTO = protoNames(Object.prototype);
const ARRAY_PROTO = protoNames(Array.prototype, Object.prototype);
const STRING_PROTO = protoNames(String.prototype, Object.prototype);
const NUMBER_PROTO = protoNames(Number.prototype, Object.prototype);
const BOOLEAN_PROTO = protoNames(Boolean.prototype, Object.prototype);
const DATE_PROTO = protoNames(Date.prototype, Object.prototype);

const MAX_INDEX = 2 ** 32 - 2;

function fail(message: string, span: Span): never {
  throw new WeftError("runtime", message, span);
}

function quote(key: string | number): string {
  return typeof key === "number" ? String(key) : "`" + key + "`";
}

function isIndexString(key: string): boolean {
  const n = Number(key);
  return Number.isInteger(n) && n >= 0 && String(n) === key;
}

function fieldsOf(obj: object): ReadonlyMap<string, FieldEntry> {
  if (obj instanceof Run) return fields.Run;
  if (obj instanceof Artifact) return fields.Artifact;
  if (obj instanceof ArtifactVersion) return fields.ArtifactVersion;
  if (obj instanceof User) return fields.User;
  return fields.Project;
}

const ENTITY_HINTS: Record<string, string> = {
  "Run.name": "runName(run)",
  "Run.config": "runConfig(run)",
  "Run.summary": "runSummary(run)",
  "Run.user": "runUser(run)",
  "Run.jobType": "runJobType(run)",
  "Run.createdAt": "runCreatedAt(run)",
  "Run.heartbeatAt": "runHeartbeatAt(run)",
  "Run.history": "runHistory(run)",
  "Run.loggedArtifacts": "runLoggedArtifactVersions(run)",
  "Run.usedArtifacts": "runUsedArtifactVersions(run)",
  "Artifact.versions": "artifactVersions(artifact)",
};

function noField(obj: object, key: string, span: Span): never {
  const type = entityTypeName(obj as Run);
  const hint = ENTITY_HINTS[`${type}.${key}`];
  const table = fieldsOf(obj);
  const near = closest(key, table.keys());
  const advice = hint ? `; use ${hint}` : near ? ` (did you mean \`${near}\`?)` : table.size > 0 ? ` (its fields: ${[...table.keys()].join(", ")})` : "";
  return fail(`${type} has no field \`${key}\`${advice}`, span);
}

/** A name that is no own data: a listed method (which must be called), a prototype member (refused), or nothing. */
function notOwn(typeLabel: string, key: string | number, table: ReadonlyMap<string, MethodEntry>, proto: ReadonlySet<string>, span: Span): undefined {
  if (typeof key === "string") {
    if (table.has(key)) fail(`\`${key}\` is a method of ${typeLabel}: call it, as \`.${key}(…)\``, span);
    if (proto.has(key)) fail(`\`${key}\` is not accessible in Weft`, span);
  }
  return undefined;
}

/**
 * The reader of one read site with a fixed name (`x.accuracy`, `user.username`): a dictionary's
 * own key, or an entity's field found once per entity class (the site remembers it), without
 * `getMember`'s dispatch; an array's `length` too; everything else goes to `getMember`.
 */
export function namedMemberReader(name: string, span: Span): (obj: Value) => Value {
  let entityProto: object | undefined;
  let field: FieldEntry["get"] | undefined;
  const isLength = name === "length";
  return (obj) => {
    if (typeof obj === "object" && obj !== null) {
      const proto = Object.getPrototypeOf(obj) as object | null;
      if (isLength && proto === Array.prototype) return (obj as Value[]).length;
      if (proto === DICTIONARY_PROTOTYPE || proto === null) {
        // Nothing to inherit: a value found is the object's own (an absent key goes on to getMember).
        const v = (obj as Record<string, Value>)[name];
        if (v !== undefined) return v;
      } else if (proto === Object.prototype) {
        if (Object.hasOwn(obj, name)) return (obj as Record<string, Value>)[name];
      } else if (proto === entityProto) {
        return field!(obj);
      } else if (isEntity(obj)) {
        const f = fieldsOf(obj).get(name);
        if (f) {
          entityProto = proto;
          field = f.get;
          return field(obj);
        }
      }
    }
    return getMember(obj, name, span);
  };
}

export function getMember(obj: Value, key: string | number, span: Span): Value {
  // An array's element by a number: the commonest index read (`xs[i]`).
  if (typeof key === "number" && Array.isArray(obj)) return obj[key];
  if (obj === null || obj === undefined) {
    return fail(`cannot read ${quote(key)} of ${obj === null ? "null" : "undefined"}`, span);
  }
  switch (typeof obj) {
    case "object": {
      // Dictionaries and the program's own objects first: the commonest read, one prototype check.
      const proto = Object.getPrototypeOf(obj);
      if (proto === DICTIONARY_PROTOTYPE || proto === null || proto === Object.prototype) {
        const record = obj as Record<string | number, Value>;
        if (proto !== Object.prototype) {
          // Nothing to inherit: a value found is the object's own.
          const v = record[key];
          if (v !== undefined) return v;
        }
        if (Object.hasOwn(record, key)) return record[key];
        if (typeof key === "string" && OBJECT_PROTO.has(key)) return fail(`\`${key}\` is not accessible in Weft`, span);
        return undefined;
      }
      if (Array.isArray(obj)) {
        if (typeof key === "number") return obj[key];
        if (key === "length") return obj.length;
        if (isIndexString(key)) return obj[Number(key)];
        return notOwn("arrays", key, methods.array, ARRAY_PROTO, span);
      }
      if (obj instanceof Date) return notOwn("Dates", key, methods.Date, DATE_PROTO, span);
      if (isEntity(obj)) {
        const f = fieldsOf(obj).get(String(key));
        if (f) return f.get(obj);
        if (obj instanceof Project && methods.Project.has(String(key))) return fail(`\`${key}\` is a method of Project: call it, as \`project.${key}()\``, span);
        return noField(obj, String(key), span);
      }
      if (obj instanceof Namespace) {
        const k = String(key);
        if (obj.members.has(k)) return obj.members.get(k);
        if (obj.name === "Math" && k === "random") return fail("`Math.random` is not available: a program's answer depends only on its workspace and its clock", span);
        const near = closest(k, obj.members.keys());
        return fail(`${obj.name} has no member \`${k}\`${near ? ` (did you mean \`${near}\`?)` : ""}`, span);
      }
      const record = obj as Record<string | number, Value>;
      if (Object.hasOwn(record, key)) return record[key];
      if (typeof key === "string" && OBJECT_PROTO.has(key)) return fail(`\`${key}\` is not accessible in Weft`, span);
      return undefined;
    }
    case "string":
      if (typeof key === "number") return obj[key];
      if (key === "length") return obj.length;
      if (isIndexString(key)) return obj[Number(key)];
      return notOwn("strings", key, methods.string, STRING_PROTO, span);
    case "number":
      return notOwn("numbers", key, methods.number, NUMBER_PROTO, span);
    case "boolean":
      return notOwn("booleans", key, methods.boolean, BOOLEAN_PROTO, span);
    case "function": {
      const statics = functionStatics.get(obj);
      const entry = statics?.get(String(key));
      if (entry) return entry.value;
      return fail(`functions have no properties in Weft${statics ? ` (\`${String(key)}\` is not a member)` : ""}`, span);
    }
    default:
      return fail(`cannot read ${quote(key)} of ${typeName(obj)}`, span);
  }
}

/** Program-made objects' key counts, kept so the object-size limit costs nothing per read. */
const keyCounts = new WeakMap<object, number>();

export function setMember(obj: Value, key: string | number, value: Value, span: Span): void {
  if (obj === null || obj === undefined) fail(`cannot set ${quote(key)} of ${obj === null ? "null" : "undefined"}`, span);
  // A Weft object first: the commonest write (`groups[user] = …`), one prototype check.
  if (typeof obj === "object") {
    const proto = Object.getPrototypeOf(obj);
    if (proto === DICTIONARY_PROTOTYPE || proto === null) return setOwn(obj as Record<string | number, Value>, key, value, span, true);
  }
  if (Array.isArray(obj)) {
    const index = typeof key === "number" ? key : isIndexString(key) ? Number(key) : undefined;
    if (index !== undefined && Number.isInteger(index) && index >= 0 && index <= MAX_INDEX) {
      writable(obj, span);
      if (index >= obj.length) active().checkArrayLength(index + 1, span);
      obj[index] = value;
      return;
    }
    if (key === "length") {
      writable(obj, span);
      const n = typeof value === "number" ? value : Number.NaN;
      if (!Number.isInteger(n) || n < 0 || n > MAX_INDEX) fail("Invalid array length", span);
      active().checkArrayLength(n, span);
      obj.length = n;
      return;
    }
    fail(`an array takes only indices and \`length\`, not ${quote(key)}`, span);
  }
  if (typeof obj !== "object" || obj instanceof Date || obj instanceof Namespace || isEntity(obj)) {
    const what = isEntity(obj) ? `${entityTypeName(obj)} fields are read-only` : `cannot set properties of ${typeName(obj)}`;
    fail(`${what} (setting ${quote(key)})`, span);
  }
  setOwn(obj as Record<string | number, Value>, key, value, span, false);
}

/**
 * A write to an own property of an object: never `__proto__`, never into frozen data, within
 * `maxObjectSize`. `inheritsNothing`: the prototype has no keys, so a defined value is an own key,
 * and only an undefined one needs the slower own-key test.
 */
function setOwn(record: Record<string | number, Value>, key: string | number, value: Value, span: Span, inheritsNothing: boolean): void {
  if (key === "__proto__") fail("`__proto__` cannot be set in Weft", span);
  writable(record, span);
  if (!(inheritsNothing && record[key] !== undefined) && !Object.hasOwn(record, key)) {
    const n = (keyCounts.get(record) ?? Object.keys(record).length) + 1;
    active().checkObjectSize(n, span);
    keyCounts.set(record, n);
  }
  record[key] = value;
}

/**
 * Before a write: frozen data is the workspace's. An evaluation that is not isolating starts again
 * isolating (`EvalContext.writingWorkspaceData` throws); an isolating one never holds it, but refuses anyway.
 */
function writable(obj: object, span: Span): void {
  if (!Object.isFrozen(obj)) return;
  active().writingWorkspaceData();
  fail("workspace data is read-only", span);
}

/** Calls a builtin method's implementation, through the write gate if it changes its receiver. */
function invoke(m: MethodEntry, obj: Value, args: Value[], span: Span): Value {
  if (args.length <= 2) return invokeWith(m, obj, args.length, args[0], args[1], span);
  if (m.mutates) writable(obj as object, span);
  return result(m.impl(obj, ...args), obj);
}

/** `invoke` with up to two arguments given one by one (`argc` of `a`, `b`): no array made for them. */
function invokeWith(m: MethodEntry, obj: Value, argc: number, a: Value, b: Value, span: Span): Value {
  if (m.mutates) writable(obj as object, span);
  // By count, not with `undefined`s: a method with a rest parameter (`push`) counts what it is given.
  return result(argc === 0 ? m.impl(obj) : argc === 1 ? m.impl(obj, a) : m.impl(obj, a, b), obj);
}

function result(v: Value, receiver: Value): Value {
  return typeof v === "string" || Array.isArray(v) ? active().made(v, receiver) : v;
}

export function noteObjectSize(obj: object, n: number): void {
  keyCounts.set(obj, n);
}

/**
 * The caller of one call site with a fixed method name and at most two arguments, no spread
 * (`xs.push(x)`, `s.slice(0, 3)`): the array and string methods of that name are looked up once,
 * here, and get the arguments one by one (`argc` of `a`, `b`), no array made for them; everything
 * else goes to `callMethod`.
 */
export function namedMethodCaller(name: string, span: Span): (obj: Value, argc: number, a: Value, b: Value) => Value {
  const arrayMethod = methods.array.get(name);
  const stringMethod = methods.string.get(name);
  return (obj, argc, a, b) => {
    if (Array.isArray(obj) && arrayMethod) return invokeWith(arrayMethod, obj, argc, a, b, span);
    if (typeof obj === "string" && stringMethod) return invokeWith(stringMethod, obj, argc, a, b, span);
    // A number's, a Date's or the project's builtin method (`n.toFixed(2)`) without an array too.
    const m = methodTableOf(obj)?.table.get(name);
    if (m) return invokeWith(m, obj, argc, a, b, span);
    return callMethod(obj, name, argc === 0 ? [] : argc === 1 ? [a] : [a, b], span);
  };
}

/** Calls `obj.name(…args)`: a builtin method, a namespace or static member, a project method, or a function an object holds. */
export function callMethod(obj: Value, name: string, args: Value[], span: Span): Value {
  if (obj === null || obj === undefined) fail(`cannot call \`${name}\` of ${obj === null ? "null" : "undefined"}`, span);
  const builtin = methodTableOf(obj);
  // A function (its statics), a namespace, an entity, an object: the method is a value it holds.
  if (!builtin) return callValue(getMember(obj, name, span), args, name, span);
  const { table, label } = builtin;
  const m = table.get(name);
  if (m) return invoke(m, obj, args, span);
  const near = closest(name, table.keys());
  return fail(`${label} ${label.endsWith("s") ? "have" : "has"} no method \`${name}\`${near ? ` (did you mean \`${near}\`?)` : ""}`, span);
}

/** The builtin methods of a value's kind (strings, numbers, booleans, arrays, Dates, the project), with the word for the kind. */
function methodTableOf(obj: Value): MethodTable | undefined {
  switch (typeof obj) {
    case "string": return METHOD_TABLES.string;
    case "number": return METHOD_TABLES.number;
    case "boolean": return METHOD_TABLES.boolean;
    case "object":
      if (Array.isArray(obj)) return METHOD_TABLES.array;
      if (obj instanceof Date) return METHOD_TABLES.Date;
      if (obj instanceof Project) return METHOD_TABLES.Project;
      return undefined;
    default:
      return undefined;
  }
}

interface MethodTable {
  readonly table: ReadonlyMap<string, MethodEntry>;
  readonly label: string;
}

const METHOD_TABLES = {
  string: { table: methods.string, label: "strings" },
  number: { table: methods.number, label: "numbers" },
  boolean: { table: methods.boolean, label: "booleans" },
  array: { table: methods.array, label: "arrays" },
  Date: { table: methods.Date, label: "Dates" },
  Project: { table: methods.Project, label: "Project" },
} satisfies Record<string, MethodTable>;

/** Whether `obj.name?.(…)` finds nothing to call there (`null` or `undefined`), so that the call and its arguments are skipped. */
export function methodAbsent(obj: Value, name: string, span: Span): boolean {
  if (methodTableOf(obj)?.table.has(name)) return false;
  const f = getMember(obj, name, span);
  return f === null || f === undefined;
}

export function callValue(f: Value, args: Value[], name: string, span: Span): Value {
  if (typeof f !== "function") fail(`\`${name}\` is not a function${name === typeName(f) ? "" : ` (it is ${typeName(f)})`}`, span);
  return (f as (...a: Value[]) => Value)(...args);
}
