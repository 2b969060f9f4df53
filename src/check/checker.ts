/**
 * The static checker: walks the AST once, infers a type for every expression from the stdlib's
 * signatures, and reports what TypeScript would reject, all at once, before anything runs. It
 * never throws; it returns diagnostics and a type per node (plain data beside the AST).
 *
 * `T | undefined` where `T` is required (the result of `find`, `runJobType`,
 * `runLoggedArtifactVersion`) is a warning, not an error (SPEC §1): the program still runs.
 */
import type * as A from "../ast.js";
import type { Span } from "../source.js";
import { closest } from "../suggest.js";
import { forEachNode } from "../ast-walk.js";
import { ROOT_NAMES } from "../roots.js";
import { calleeName } from "../printer.js";
import { opsByName, globals } from "../../stdlib/index.js";
import type { Diagnostic } from "./diagnostics.js";
import type { DataShape } from "./data-shape.js";
import {
  ANY, BOOLEAN, DATE, JSON_T, NEVER, NULL, NUMBER, STRING, UNDEFINED, UNKNOWN,
  arrayOf, assignable, containsVar, dict, entity, falsyPart, hasNullish, infer as inferTypes, members, mergeObjects, numeric, overlaps,
  isNullish, removeNullish, sameType, stringLike, substitute, truthyPart, typeToString, union, widen,
  type EntityName, type FunctionType, type LiteralType, type Param, type Type,
} from "./types.js";
import {
  KNOWN_TYPE_NAMES, RestNotArray, fieldNames, fieldType, globalType, methodNames, methodTypes, opType, resolveType, restParam, restTypeOk, staticMembers,
  type Receiver,
} from "./stdlib-types.js";

export interface CheckOptions {
  /** The keys (and their JSON types) that a workspace's configs, summaries and history rows hold. */
  readonly data?: DataShape;
  /** The names an earlier program of the same session declared (a REPL's previous inputs). */
  readonly scope?: CheckScope;
}

/** The names a checked program declared at its top level, with their types: opaque to callers. */
export interface CheckScope {
  readonly brand: "CheckScope";
}

export interface CheckResult {
  readonly diagnostics: readonly Diagnostic[];
  /** The type of each expression. */
  readonly types: ReadonlyMap<A.Node, Type>;
  /** The program's top-level names, for a later program of the same session. */
  readonly scope: CheckScope;
}

type VarKind = "const" | "let" | "param";

interface Variable {
  readonly name: string;
  readonly kind: VarKind;
  type: Type;
  readonly declaration: A.Identifier;
  /** The function nesting the declaration is in, and whether its declaration has run there yet. */
  depth?: number;
  ready?: boolean;
  /** A `let` declared with neither a value nor a type: its type is what was last assigned to it. */
  evolving?: boolean;
}

/** A property path read through a variable (`row.model`), which a condition can narrow as TypeScript does. */
interface PathRef {
  readonly kind: "path";
  readonly variable: Variable;
  readonly path: string;
}

/** What flow facts are about: a variable, or a property path through one. */
type Ref = Variable | PathRef;

/** A `let` declared without a value, before anything is assigned to it (compared by identity). */
const UNASSIGNED: Type = { k: "undefined" };
/** A path's narrowing forgotten (by an assignment to its variable): its type is its declared one again. */
const FORGOTTEN: Type = { k: "unknown" };

/** The function an environment is the outermost scope of: narrowing from outside may not reach in. */
interface FunctionBoundary {
  readonly depth: number;
  /** Whether a variable's narrowing from outside is void in this function (a later assignment may change it). */
  readonly forgets: (v: Variable) => boolean;
}

/** A lexical scope, and the flow facts (narrowed types) known where it is. */
class Env {
  private readonly vars = new Map<string, Variable>();
  private readonly narrowed = new Map<Ref, Type>();
  private boundary: FunctionBoundary | undefined;

  constructor(readonly parent: Env | undefined) {}

  declare(v: Variable): boolean {
    if (this.vars.has(v.name)) return false;
    this.vars.set(v.name, v);
    return true;
  }

  lookup(name: string): Variable | undefined {
    for (let e: Env | undefined = this; e; e = e.parent) {
      const v = e.vars.get(name);
      if (v) return v;
    }
    return undefined;
  }

  typeOf(v: Variable): Type {
    return this.narrowedType(v) ?? v.type;
  }

  /** The narrowed type of a variable or path where one is known here, crossing into enclosing functions only where that is sound. */
  narrowedType(ref: Ref): Type | undefined {
    const v = ref.kind === "path" ? ref.variable : ref;
    for (let e: Env | undefined = this; e; e = e.parent) {
      const t = e.narrowed.get(ref);
      if (t) return t === FORGOTTEN ? undefined : t;
      // Leaving a function for the scope its variable lives in: TypeScript 5.4 keeps a narrowing there
      // only for a `const`, or a `let` that nothing assigns after the closure is made; never a path's.
      if (e.boundary && (v.depth ?? 0) < e.boundary.depth && (ref.kind === "path" || e.boundary.forgets(v))) return undefined;
    }
    return undefined;
  }

  narrow(ref: Ref, t: Type): void {
    this.narrowed.set(ref, t);
  }

  child(facts?: ReadonlyMap<Ref, Type>): Env {
    const e = new Env(this);
    if (facts) for (const [v, t] of facts) e.narrow(v, t);
    return e;
  }

  /** An environment for a function's parameters and body. */
  functionScope(boundary: FunctionBoundary): Env {
    const e = new Env(this);
    e.boundary = boundary;
    return e;
  }

  /** The narrowings made below `ancestor` up to here, with their types here: what a block hands on. */
  factsSince(ancestor: Env): Map<Ref, Type> {
    const refs = new Set<Ref>();
    for (let e: Env | undefined = this; e && e !== ancestor; e = e.parent) for (const r of e.narrowed.keys()) refs.add(r);
    const out = new Map<Ref, Type>();
    for (const r of refs) out.set(r, this.narrowed.get(r) ?? this.narrowedType(r) ?? FORGOTTEN);
    return out;
  }

  names(): string[] {
    const out: string[] = [];
    for (let e: Env | undefined = this; e; e = e.parent) out.push(...e.vars.keys());
    return out;
  }
}

/** Where each name is assigned in a program: for narrowing by assignment, in loops and in closures. */
interface Assignment {
  readonly position: number;
  /** The start of each arrow function the assignment is inside, outermost first. */
  readonly arrows: readonly number[];
}

function assignmentsOf(program: A.Program): Map<string, Assignment[]> {
  const out = new Map<string, Assignment[]>();
  const arrows: number[] = [];
  const record = (name: string, position: number) => {
    const list = out.get(name) ?? [];
    list.push({ position, arrows: [...arrows] });
    out.set(name, list);
  };
  const visit = (n: A.Node): boolean => {
    if (n.kind === "Arrow") {
      arrows.push(n.span.start);
      for (const p of n.params) forEachNode(p, visit);
      if (n.returnType) forEachNode(n.returnType, visit);
      forEachNode(n.body, visit);
      arrows.pop();
      return false;
    }
    if ((n.kind === "Assign" || n.kind === "Update") && n.target.kind === "Identifier") record(n.target.name, n.target.span.start);
    return true;
  };
  forEachNode(program, visit);
  return out;
}

/** What a function body's `return`s collect. */
interface FnFrame {
  returns: Type[];
  declared: Type | undefined;
}

const HOST_NAMES = new Set(["globalThis", "window", "self", "global", "process", "require", "module", "exports", "eval", "Function", "Reflect", "Proxy", "Symbol", "WeakRef", "import"]);
const REST_NOT_ARRAY = "a rest parameter must be of an array type (its arguments arrive as one array)";
const DANGEROUS_KEYS = new Set(["constructor", "__proto__", "prototype"]);

const ENTITY_HINTS: Record<string, string> = {
  "Run.name": "runName(run)", "Run.config": "runConfig(run)", "Run.summary": "runSummary(run)", "Run.user": "runUser(run)",
  "Run.jobType": "runJobType(run)", "Run.createdAt": "runCreatedAt(run)", "Run.heartbeatAt": "runHeartbeatAt(run)",
  "Run.history": "runHistory(run)", "Run.runtime": "runRuntime(run)", "Run.loggedArtifacts": "runLoggedArtifactVersions(run)",
  "Run.usedArtifacts": "runUsedArtifactVersions(run)", "Artifact.versions": "artifactVersions(artifact)", "Artifact.link": "artifactLink(artifact)",
};

/** The array methods whose result a callback's type predicate narrows, as TypeScript's overloads with `value is S` do. */
const GUARDED_RESULTS: Record<string, (guard: Type) => Type> = {
  filter: (g) => arrayOf(g),
  find: (g) => union([g, UNDEFINED]),
  findLast: (g) => union([g, UNDEFINED]),
};

const DICT_SOURCES: Record<string, string> = { ConfigDict: "config", SummaryDict: "summary", HistoryRow: "history row" };

export function checkProgram(program: A.Program, options: CheckOptions = {}): CheckResult {
  const checker = new Checker(options);
  const env = new Env(options.scope as unknown as Env | undefined);
  try {
    checker.program(program, env);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    checker.error(program.span, "the program nests too deeply to check");
  }
  const diagnostics = [...checker.diagnostics].sort((a, b) => a.span.start - b.span.start || (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  return { diagnostics, types: checker.types, scope: env as unknown as CheckScope };
}

class Checker {
  readonly diagnostics: Diagnostic[] = [];
  readonly types = new Map<A.Node, Type>();
  private fn: FnFrame | undefined;
  /** How many arrow functions enclose the node being checked. */
  private depth = 0;
  /** How many `for … of` loops enclose the statement being checked. */
  private loopDepth = 0;
  /** Whether an optional link of the chain being checked may short-circuit. */
  private chainMayShort = false;

  /** The path references made so far, one per variable and path, so that facts about them meet. */
  private readonly paths = new Map<Variable, Map<string, PathRef>>();

  /** Every assignment of the program, by name: found when the program is checked (a walk that may overflow the stack too). */
  private assignments: ReadonlyMap<string, readonly Assignment[]> = new Map();

  constructor(private readonly options: CheckOptions) {}

  error(span: Span, message: string, kind: "type" | "syntax" = "type"): void {
    this.diagnostics.push({ severity: "error", kind, message, span });
  }

  warn(span: Span, message: string): void {
    this.diagnostics.push({ severity: "warning", kind: "type", message, span });
  }

  program(p: A.Program, env: Env): void {
    this.assignments = assignmentsOf(p);
    this.statements(p.body, env);
  }

  // Statements

  /**
   * Checks a block's statements; a `const`/`let` is visible (dead until it runs) from the block's
   * start. Returns the environment at the block's end, with the narrowings its statements made.
   */
  private statements(list: readonly A.Statement[], env: Env): Env {
    this.hoist(list, env);
    let flow = env;
    for (const s of list) {
      const after = this.statement(s, flow);
      if (after) flow = after;
    }
    return flow;
  }

  private hoist(list: readonly A.Statement[], env: Env): void {
    for (const s of list) {
      if (s.kind !== "VarDecl") continue;
      for (const d of s.declarations) {
        for (const id of patternNames(d.target)) {
          if (!env.declare({ name: id.name, kind: s.declKind, type: ANY, declaration: id, depth: this.depth, ready: false })) this.error(id.span, `\`${id.name}\` is already declared in this scope`, "syntax");
        }
      }
    }
  }

  /** Checks a statement; returns the environment the following statements see, if it narrows one. */
  private statement(s: A.Statement, env: Env): Env | undefined {
    switch (s.kind) {
      case "ExpressionStatement":
        this.expr(s.expression, env);
        return undefined;
      case "VarDecl":
        for (const d of s.declarations) this.declarator(d, env);
        return undefined;
      case "If": {
        this.expr(s.test, env);
        const [whenTrue, whenFalse] = this.facts(s.test, env);
        const endTrue = this.branch(s.consequent, env.child(whenTrue));
        const endFalse = s.alternate ? this.branch(s.alternate, env.child(whenFalse)) : env.child(whenFalse);
        // What follows sees the facts of the branches that can reach it (`if (!x) return …` narrows x).
        const exitsTrue = alwaysExits(s.consequent);
        const exitsFalse = s.alternate !== undefined && alwaysExits(s.alternate);
        if (exitsTrue && exitsFalse) return undefined;
        if (exitsTrue) return env.child(endFalse.factsSince(env));
        if (exitsFalse) return env.child(endTrue.factsSince(env));
        return env.child(joinFacts(env, endTrue, endFalse));
      }
      case "ForOf": {
        const iterable = this.expr(s.iterable, env);
        const element = this.elementType(iterable, s.iterable.span, "`for … of`");
        let t = element;
        if (s.type) {
          t = this.annotation(s.type);
          this.expectAssignable(element, t, s.target.span, "the loop variable");
        }
        // The body may run after itself: what it assigns starts each pass as it was before the loop or
        // at the end of a pass. Found by checking the body again until that stops growing (TypeScript's
        // fixed point): at most four passes, the last from the declared types; in a loop nested two
        // deep, from the declared types at once.
        const assigned = this.assignedWithin(s.body.span, env);
        let start = new Map(assigned.map((v) => [v, this.loopDepth < 2 ? env.typeOf(v) : v.type]));
        const forgotten = (): [Ref, Type][] => this.allPaths().map((p) => [p, FORGOTTEN]);
        this.loopDepth++;
        for (let pass = 1; ; pass++) {
          const mark = this.diagnostics.length;
          const loop = env.child(new Map<Ref, Type>([...start, ...forgotten()]));
          this.declarePattern(s.target, s.declKind, t, loop);
          const end = this.branch(s.body, loop);
          const grown = new Map(assigned.map((v) => [v, union([start.get(v)!, end.typeOf(v)])]));
          const stable = assigned.every((v) => assignable(grown.get(v)!, start.get(v)!));
          if (stable || pass === 4) {
            this.loopDepth--;
            // After the loop, the body ran zero or more times.
            return env.child(new Map<Ref, Type>([...assigned.map((v): [Ref, Type] => [v, union([env.typeOf(v), grown.get(v)!])]), ...forgotten()]));
          }
          this.diagnostics.length = mark;
          start = pass < 3 ? grown : new Map(assigned.map((v) => [v, v.type]));
        }
      }
      case "Return": {
        const t = s.argument ? this.expr(s.argument, env) : UNDEFINED;
        if (this.fn) {
          this.fn.returns.push(t);
          if (this.fn.declared) this.expectAssignable(t, this.fn.declared, (s.argument ?? s).span, "the returned value");
        }
        return undefined;
      }
      case "Block":
        return env.child(this.statements(s.body, env.child()).factsSince(env));
      case "Empty":
        return undefined;
    }
  }

  /** Checks the body of an `if` or a loop; returns the environment at its end. */
  private branch(s: A.Statement, env: Env): Env {
    if (s.kind === "Block") return this.statements(s.body, env.child());
    return this.statement(s, env) ?? env;
  }

  /** The variables visible here that a statement assigns to. */
  private assignedWithin(span: Span, env: Env): Variable[] {
    const out: Variable[] = [];
    for (const [name, list] of this.assignments) {
      if (!list.some((a) => a.position >= span.start && a.position < span.end)) continue;
      const v = env.lookup(name);
      if (v) out.push(v);
    }
    return out;
  }

  /** Whether a variable is assigned inside a closure made in its scope: then no assignment narrows it. */
  private assignedInClosure(v: Variable): boolean {
    return (this.assignments.get(v.name) ?? []).some((a) => a.arrows.some((start) => start > v.declaration.span.start));
  }

  /** Whether anything assigns to a variable after a position (where a closure is made). */
  private assignedAfter(v: Variable, position: number): boolean {
    return (this.assignments.get(v.name) ?? []).some((a) => a.position > position);
  }

  private allPaths(): PathRef[] {
    return [...this.paths.values()].flatMap((m) => [...m.values()]);
  }

  /** The reference for a property path read through a variable (`row.model.size`), if it is one. */
  private pathRef(e: A.Expression, env: Env): PathRef | undefined {
    const props: string[] = [];
    let x: A.Expression = e;
    while (x.kind === "Member" && !x.optional) {
      props.unshift(x.property);
      x = x.object;
    }
    if (props.length === 0 || x.kind !== "Identifier") return undefined;
    const v = env.lookup(x.name);
    if (!v) return undefined;
    const path = props.join(".");
    let byPath = this.paths.get(v);
    if (!byPath) this.paths.set(v, (byPath = new Map()));
    let ref = byPath.get(path);
    if (!ref) byPath.set(path, (ref = { kind: "path", variable: v, path }));
    return ref;
  }

  /** After an assignment into a variable or one of its properties, what was known of its paths is void. */
  private forgetPaths(v: Variable, env: Env): void {
    for (const ref of this.paths.get(v)?.values() ?? []) env.narrow(ref, FORGOTTEN);
  }

  private declarator(d: A.Declarator, env: Env): void {
    const declared = d.type ? this.annotation(d.type) : undefined;
    let t: Type;
    if (d.init) {
      // `const [a, b] = [1, "x"]`: the literal is a tuple, as TypeScript reads it for destructuring.
      const hint = declared ?? (d.target.kind === "ArrayPattern" ? { k: "tuple" as const, elements: d.target.elements.map(() => ANY) } : undefined);
      const value = this.expr(d.init, env, hint);
      t = declared ?? widenForVariable(value);
      if (declared) this.expectAssignable(value, declared, d.init.span, "the value");
      // `let run: Run | undefined = runs[0]` holds a Run until something else is assigned.
      const v = declared && d.target.kind === "Identifier" ? env.lookup(d.target.name) : undefined;
      if (v && v.declaration === d.target && !this.assignedInClosure(v)) env.narrow(v, narrowByAssignment(declared!, value));
    } else {
      t = declared ?? ANY;
    }
    this.assignPattern(d.target, t, env);
    // `let best` (or `let best = undefined`) takes the type of what is assigned to it, as in TypeScript.
    const unset = !d.init || (!declared && (d.init.kind === "Undefined" || d.init.kind === "Null"));
    const v = d.target.kind === "Identifier" ? env.lookup(d.target.name) : undefined;
    if (unset && v && v.kind === "let" && v.declaration === d.target) {
      v.evolving = declared === undefined;
      if (v.evolving) v.type = ANY;
      if (!this.assignedInClosure(v)) env.narrow(v, d.init ? t : declared && hasNullish(declared) ? UNDEFINED : UNASSIGNED);
    }
  }

  /** Gives the names of a hoisted declaration their types. */
  private assignPattern(target: A.Pattern, t: Type, env: Env): void {
    this.destructure(target, t, env, (id, type) => {
      const v = env.lookup(id.name);
      if (v && v.declaration === id) {
        v.type = type;
        v.ready = true;
      }
      this.types.set(id, type);
    });
  }

  private declarePattern(target: A.Pattern, kind: VarKind, t: Type, env: Env): void {
    this.destructure(target, t, env, (id, type) => {
      if (!env.declare({ name: id.name, kind, type, declaration: id, depth: this.depth })) this.error(id.span, kind === "param" ? `duplicate parameter name \`${id.name}\`` : `\`${id.name}\` is already declared in this scope`, "syntax");
      this.types.set(id, type);
    });
  }

  /** Walks a pattern against the type of the value it takes apart. */
  private destructure(target: A.Pattern, t: Type, env: Env, bind: (id: A.Identifier, t: Type) => void): void {
    switch (target.kind) {
      case "Identifier":
        bind(target, t);
        return;
      case "ArrayPattern": {
        const base = removeNullish(t);
        if (hasNullish(t) && !isLoose(t)) this.warn(target.span, `the value may be ${nullishWord(t)}, which cannot be destructured`);
        // One element type for the whole pattern (and one error, where the value is not iterable).
        let element: Type | undefined;
        const elementOf = (): Type => (element ??= this.elementType(base, target.span, "an array pattern"));
        target.elements.forEach((e, i) => {
          if (e.kind === "Elision") return;
          let et = base.k === "tuple" ? (base.elements[i] ?? UNDEFINED) : elementOf();
          if (e.defaultValue) et = union([removeNullish(et), widen(this.expr(e.defaultValue, env))]);
          this.destructure(e.target, et, env, bind);
        });
        if (target.rest) this.destructure(target.rest, base.k === "tuple" ? arrayOf(union(base.elements.slice(target.elements.length))) : arrayOf(elementOf()), env, bind);
        return;
      }
      case "ObjectPattern": {
        const base = removeNullish(t);
        if (hasNullish(t) && !isLoose(t)) this.warn(target.span, `the value may be ${nullishWord(t)}, which cannot be destructured`);
        for (const p of target.properties) {
          let pt = this.memberType(base, p.key, p.span);
          if (p.defaultValue) pt = union([removeNullish(pt), widen(this.expr(p.defaultValue, env))]);
          this.destructure(p.target, pt, env, bind);
        }
        if (target.rest) bind(target.rest, dict(ANY));
        return;
      }
    }
  }

  // Expressions

  expr(e: A.Expression, env: Env, expected?: Type): Type {
    const t = this.exprInner(e, env, expected);
    this.types.set(e, t);
    return t;
  }

  private exprInner(e: A.Expression, env: Env, expected: Type | undefined): Type {
    switch (e.kind) {
      case "Number":
        // A literal type takes its own value (`let x: 1 | 2 = 1`), as for strings below.
        return expected && members(expected).some((m) => m.k === "literal" && m.value === e.value) ? { k: "literal", value: e.value } : NUMBER;
      case "String":
        return expected && members(expected).some((m) => m.k === "literal" && m.value === e.value) ? { k: "literal", value: e.value } : STRING;
      case "Boolean":
        return expected && members(expected).some((m) => m.k === "literal" && m.value === e.value) ? { k: "literal", value: e.value } : BOOLEAN;
      case "Null":
        return NULL;
      case "Undefined":
        return UNDEFINED;
      case "Template":
        for (const x of e.expressions) this.templatePart(this.expr(x, env), x.span);
        return STRING;
      case "Identifier":
        return this.identifier(e, env);
      case "Array":
        return this.arrayLiteral(e, env, expected);
      case "Object":
        return this.objectLiteral(e, env, expected);
      case "Arrow":
        return this.arrow(e, env, expected);
      case "Unary":
        // `-1` takes a negative literal type as `1` takes its own (`const x: -1 | 1 = -1`).
        if (e.operator === "-" && e.argument.kind === "Number" && expected) {
          const negated = -e.argument.value;
          if (members(expected).some((m) => m.k === "literal" && m.value === negated)) return { k: "literal", value: negated };
        }
        return this.unary(e, env);
      case "Update": {
        const v = e.target.kind === "Identifier" ? env.lookup(e.target.name) : undefined;
        const declared = this.assignTarget(e.target, env);
        this.arithmeticOperand(v?.evolving ? this.identifier(e.target as A.Identifier, env) : declared, e.target.span, e.operator);
        if (v) this.assigned(v, NUMBER, env);
        return NUMBER;
      }
      case "Binary":
        return this.binary(e, env);
      case "Conditional": {
        this.expr(e.test, env);
        const [whenTrue, whenFalse] = this.facts(e.test, env);
        const a = this.expr(e.consequent, env.child(whenTrue), expected);
        const b = this.expr(e.alternate, env.child(whenFalse), expected);
        return union([a, b]);
      }
      case "Assign":
        return this.assign(e, env);
      case "Member":
      case "Index":
      case "Call":
        return this.link(e, env, expected);
      case "Chain": {
        // `a?.b.c`: `.c` reads b only when a is there; the chain as a whole may be undefined.
        const outer = this.chainMayShort;
        this.chainMayShort = false;
        const t = this.link(e.expression, env, expected, true);
        const shorts = this.chainMayShort;
        this.chainMayShort = outer;
        return shorts ? union([t, UNDEFINED]) : t;
      }
      case "New":
        return this.construct(e, env);
    }
  }

  private templatePart(t: Type, span: Span): void {
    if (members(t).some((m) => m.k === "function")) this.error(span, "a function cannot be put in a template literal");
  }

  private identifier(id: A.Identifier, env: Env): Type {
    const v = env.lookup(id.name);
    if (v) {
      // Read in its own declaration, or before it, in the same function: a certain ReferenceError.
      if (v.ready === false && v.depth === this.depth) this.error(id.span, `\`${id.name}\` is used before its declaration`);
      return env.typeOf(v);
    }
    if ((ROOT_NAMES as readonly string[]).includes(id.name)) {
      return id.name === "runs" ? arrayOf(entity("Run")) : id.name === "artifacts" ? arrayOf(entity("Artifact")) : entity("Project");
    }
    const op = opType(id.name);
    if (op) return op;
    const g = globalType(id.name);
    if (g) return g;
    if (HOST_NAMES.has(id.name)) {
      this.error(id.span, `unknown name \`${id.name}\` (a Weft program cannot reach the host)`);
      return ANY;
    }
    const near = closest(id.name, [...env.names(), ...ROOT_NAMES, ...opsByName.keys(), ...globals.keys()]);
    this.error(id.span, `unknown name \`${id.name}\`${near ? ` (did you mean \`${near}\`?)` : ""}`);
    return ANY;
  }

  private arrayLiteral(e: A.ArrayLiteral, env: Env, expected: Type | undefined): Type {
    const expectedTuple = expected && members(expected).find((m) => m.k === "tuple");
    const expectedElement = expected && members(expected).find((m) => m.k === "array");
    const elements: Type[] = [];
    let spread = false;
    e.elements.forEach((x, i) => {
      if (x.kind === "Elision") {
        elements.push(UNDEFINED);
        return;
      }
      if (x.kind === "Spread") {
        spread = true;
        const t = this.expr(x.argument, env);
        elements.push(this.elementType(t, x.argument.span, "a spread into an array"));
        return;
      }
      const hint = expectedTuple?.k === "tuple" ? expectedTuple.elements[i] : expectedElement?.k === "array" ? expectedElement.element : undefined;
      elements.push(this.expr(x, env, hint));
    });
    // Where both a tuple and an array are expected (`[number, string] | number[]`), the tuple if the elements fit it.
    if (expectedTuple && !spread) {
      const tuple: Type = { k: "tuple", elements };
      if (!expectedElement || assignable(tuple, expectedTuple)) return tuple;
    }
    if (elements.length === 0) return arrayOf(expectedElement?.k === "array" ? expectedElement.element : ANY);
    const widened = elements.map(widen);
    if (widened.every((t) => t.k === "object")) return arrayOf(mergeObjects(widened));
    // A short list of values of different types is read as a tuple (`[name, accuracy]`), which an array also accepts.
    const kinds = new Set(widened.map((t) => typeToString(t)));
    if (!spread && !expectedElement && kinds.size > 1 && widened.length <= 4) return { k: "tuple", elements: widened };
    return arrayOf(union(widened));
  }

  private objectLiteral(e: A.ObjectLiteral, env: Env, expected: Type | undefined): Type {
    // The reference's `{}` accumulator: an empty object literal is a dictionary.
    // Where an object type is expected (`const row: { model?: M } = {}`), it is an object with no
    // properties, which the expected type takes if every property it names is optional.
    if (e.properties.length === 0) {
      const d = expected && members(expected).find((m) => m.k === "dict");
      if (d) return d;
      return expected && members(expected).some((m) => m.k === "object") ? { k: "object", props: new Map() } : dict(ANY);
    }
    const props = new Map<string, Type>();
    let open = false;
    const expectedProps = expected && members(expected).find((m) => m.k === "object");
    for (const p of e.properties) {
      if (p.kind === "Spread") {
        const t = this.expr(p.argument, env);
        const base = removeNullish(t);
        if (base.k === "object") for (const [k, v] of base.props) props.set(k, v);
        else if (base.k === "entity") for (const name of fieldNames(base.name)) props.set(name, fieldType(base.name, name) ?? ANY);
        else if (base.k === "dict" || base.k === "any" || base.k === "json" || base.k === "array") open = true;
        else if (base.k === "Date") continue;
        else if (base.k !== "never") this.error(p.argument.span, `a ${typeToString(t)} cannot be spread into an object`);
        continue;
      }
      if (typeof p.key === "string") {
        if (p.key === "__proto__" && !p.shorthand) this.error(p.span, "`__proto__` cannot be used as a key in Weft");
        const hint = expectedProps?.k === "object" ? expectedProps.props.get(p.key) : undefined;
        props.set(p.key, widenForVariable(this.expr(p.value, env, hint)));
      } else {
        this.expr(p.key, env);
        this.expr(p.value, env);
        open = true;
      }
    }
    if (open) return dict(ANY);
    return { k: "object", props };
  }

  private arrow(e: A.ArrowFunction, env: Env, expected: Type | undefined): Type {
    const context = expected && members(expected).find((m) => m.k === "function");
    this.depth++;
    const fnEnv = env.functionScope({ depth: this.depth, forgets: (v) => v.kind !== "const" && this.assignedAfter(v, e.span.start) });
    const params: Param[] = [];
    let rest: Param | undefined;
    // Every parameter is in scope (dead until bound) while the defaults are checked, as in JavaScript.
    for (const p of e.params) this.declarePattern(p.target, "param", ANY, fnEnv);
    e.params.forEach((p, i) => {
      const contextual = context?.k === "function" ? (context.params[i]?.type ?? context.rest?.type) : undefined;
      let t: Type;
      if (p.type) {
        t = this.annotation(p.type);
        if (p.rest && !restTypeOk(t)) {
          this.error(p.type.span, REST_NOT_ARRAY);
          t = arrayOf(ANY);
        }
        if (contextual && !containsVar(contextual, new Map()) && !assignable(contextual, t)) {
          this.error(p.type.span, `the parameter \`${paramName(p)}\` is declared ${typeToString(t)}, but it is given ${article(typeToString(contextual))}`);
        }
      } else if (contextual && !containsVar(contextual, new Map())) {
        t = p.rest ? arrayOf(contextual) : contextual;
      } else {
        t = ANY;
      }
      if (p.optional && !p.defaultValue) t = union([t, UNDEFINED]);
      if (p.defaultValue) {
        const d = this.expr(p.defaultValue, fnEnv, removeNullish(t));
        t = p.type ? t : union([removeNullish(t), widen(d)]);
        if (!p.type && t.k === "any") t = widen(d);
      }
      if (p.rest) rest = restParam(paramName(p), t);
      else params.push({ name: paramName(p), type: t, optional: p.optional || p.defaultValue !== undefined });
      // Inside the body a parameter with a default is never undefined (TypeScript drops `undefined`, not `null`).
      this.assignPattern(p.target, p.defaultValue ? union(members(t).filter((m) => m.k !== "undefined")) : t, fnEnv);
    });
    const declared = e.returnType ? this.annotation(e.returnType) : undefined;
    const outer = this.fn;
    this.fn = { returns: [], declared };
    let returns: Type;
    if (e.body.kind === "Block") {
      this.statements(e.body.body, fnEnv.child());
      const exits = alwaysReturns(e.body);
      returns = union([...this.fn.returns, ...(exits ? [] : [UNDEFINED])]);
      if (this.fn.returns.length === 0) returns = UNDEFINED;
    } else {
      const hint = declared ?? (context?.k === "function" && !containsVar(context.returns, new Map()) ? context.returns : undefined);
      returns = this.expr(e.body, fnEnv, hint);
      if (declared) this.expectAssignable(returns, declared, e.body.span, "the returned value");
    }
    this.fn = outer;
    this.depth--;
    const guard = this.inferredGuard(e, fnEnv);
    return { k: "function", params, returns: declared ?? returns, typeParams: [], ...(rest ? { rest } : {}), ...(guard ? { guard } : {}) };
  }

  /**
   * TypeScript 5.5's inferred type predicate: `x => x !== undefined` says what its parameter is when
   * it returns true, if a false result says the parameter is not that (the two narrowings are disjoint).
   */
  private inferredGuard(e: A.ArrowFunction, fnEnv: Env): Type | undefined {
    const first = e.params[0];
    if (!first || first.target.kind !== "Identifier" || first.rest) return undefined;
    const body = e.body.kind === "Block" ? (e.body.body.length === 1 && e.body.body[0]!.kind === "Return" ? e.body.body[0]!.argument : undefined) : e.body;
    const v = fnEnv.lookup(first.target.name);
    if (!body || !v) return undefined;
    const [whenTrue, whenFalse] = this.facts(body, fnEnv);
    const t = whenTrue.get(v);
    const f = whenFalse.get(v);
    if (!t || !f || overlaps(t, f, false) || sameType(t, v.type)) return undefined;
    return t;
  }

  private unary(e: A.Unary, env: Env): Type {
    const t = this.expr(e.argument, env);
    switch (e.operator) {
      case "!":
        return BOOLEAN;
      case "typeof":
        return STRING;
      case "-":
        this.arithmeticOperand(t, e.argument.span, "-");
        return NUMBER;
      case "+":
        // Unary `+` converts anything to a number; TypeScript allows it on every type.
        return NUMBER;
    }
  }

  /** An operand of `-`, `*`, `/`, `%`, `**`, `++`: a number (or a JSON value, which may be one). */
  private arithmeticOperand(t: Type, span: Span, op: string): void {
    if (numeric(t)) return;
    if (numeric(removeNullish(t)) && hasNullish(t)) {
      this.warn(span, `this operand of \`${op}\` may be ${nullishWord(t)}`);
      return;
    }
    if (removeNullish(t).k === "Date") {
      this.error(span, `\`${op}\` cannot take a Date: use \`.getTime()\` for its milliseconds`);
      return;
    }
    this.error(span, `\`${op}\` needs a number, got ${article(typeToString(t))}`);
  }

  private binary(e: A.Binary, env: Env): Type {
    if (e.operator === "&&" || e.operator === "||" || e.operator === "??") {
      const l = this.expr(e.left, env);
      const [whenTrue, whenFalse] = this.facts(e.left, env);
      const rightEnv = env.child(e.operator === "&&" ? whenTrue : e.operator === "||" ? whenFalse : this.nullishFacts(e.left, env));
      const r = this.expr(e.right, rightEnv);
      if (e.operator === "&&") return union([falsyPart(l), r]);
      if (e.operator === "||") return union([truthyPart(l), r]);
      return union([removeNullish(l), r]);
    }
    const l = this.expr(e.left, env);
    const r = this.expr(e.right, env);
    const opSpan = e.span;
    switch (e.operator) {
      case "+":
        return this.plus(l, r, e);
      case "-": case "*": case "/": case "%": case "**":
        if (e.operator === "-" && removeNullish(l).k === "Date" && removeNullish(r).k === "Date") {
          this.error(opSpan, "a Date cannot be subtracted from a Date: use `a.getTime() - b.getTime()` for the milliseconds between them");
          return NUMBER;
        }
        this.arithmeticOperand(l, e.left.span, e.operator);
        this.arithmeticOperand(r, e.right.span, e.operator);
        return NUMBER;
      case "<": case "<=": case ">": case ">=":
        this.comparable(l, r, e);
        return BOOLEAN;
      case "===": case "!==": case "==": case "!=": {
        const loose = e.operator === "==" || e.operator === "!=";
        if (!overlaps(l, r) && !(loose && hasNullish(r) && hasNullish(l))) {
          this.error(opSpan, `this comparison is always ${e.operator.startsWith("!") ? "true" : "false"}: ${typeToString(l)} and ${typeToString(r)} have no value in common`);
        }
        return BOOLEAN;
      }
    }
  }

  private plus(l: Type, r: Type, e: A.Binary): Type {
    if (stringLike(l) || stringLike(r)) {
      if (members(l).some((m) => m.k === "function") || members(r).some((m) => m.k === "function")) this.error(e.span, "a function cannot be added to a string");
      return STRING;
    }
    if (l.k === "any" || r.k === "any") return ANY;
    // A JSON value plus a number or another JSON value: a number or a string, which a JSON value covers.
    if ((isLoose(l) && (numeric(r) || isLoose(r))) || (isLoose(r) && numeric(l))) return JSON_T;
    if (numeric(l) && numeric(r)) return NUMBER;
    const ln = removeNullish(l);
    const rn = removeNullish(r);
    if ((hasNullish(l) || hasNullish(r)) && (stringLike(ln) || stringLike(rn) || (numeric(ln) && numeric(rn)))) {
      this.warn(hasNullish(l) ? e.left.span : e.right.span, `this operand of \`+\` may be ${nullishWord(hasNullish(l) ? l : r)}`);
      return stringLike(ln) || stringLike(rn) ? STRING : NUMBER;
    }
    this.error(e.span, `\`+\` cannot add ${article(typeToString(l))} and ${article(typeToString(r))}${ln.k === "Date" || rn.k === "Date" ? ": use `.getTime()` for a Date's milliseconds" : ""}`);
    return ANY;
  }

  private comparable(l: Type, r: Type, e: A.Binary): void {
    const ln = removeNullish(l);
    const rn = removeNullish(r);
    const kind = (t: Type) => (numeric(t) && !isLoose(t) ? "number" : stringLike(t) ? "string" : t.k === "Date" ? "Date" : isLoose(t) ? "loose" : "other");
    const [a, b] = [kind(ln), kind(rn)];
    // `any` compares with anything, as in TypeScript; a JSON value with what JSON may hold.
    const ok = ln.k === "any" || rn.k === "any" || (a === "loose" || b === "loose" ? a !== "other" && b !== "other" : a === b && a !== "other");
    if (!ok) {
      this.error(e.span, `\`${e.operator}\` cannot compare ${article(typeToString(l))} with ${article(typeToString(r))}`);
      return;
    }
    if ((hasNullish(l) && !isLoose(l)) || (hasNullish(r) && !isLoose(r))) {
      const side = hasNullish(l) && !isLoose(l) ? e.left : e.right;
      this.warn(side.span, `this operand of \`${e.operator}\` may be ${nullishWord(hasNullish(l) ? l : r)}`);
    }
  }

  private assign(e: A.Assign, env: Env): Type {
    const declared = this.assignTarget(e.target, env);
    const v = e.target.kind === "Identifier" ? env.lookup(e.target.name) : undefined;
    // A compound assignment reads the target first: a variable as it is narrowed here.
    const current = v && e.operator !== "=" ? this.identifier(e.target as A.Identifier, env) : declared;
    const value = this.expr(e.value, env, e.operator === "=" ? declared : undefined);
    let result: Type;
    switch (e.operator) {
      case "=":
        this.expectAssignable(value, declared, e.value.span, "the value");
        result = value;
        break;
      case "+=": {
        result = this.plus(current, value, { kind: "Binary", operator: "+", left: e.target, right: e.value, span: e.span });
        if (!isLoose(declared) && !assignable(result, declared)) this.error(e.span, `\`+=\` would make ${typeToString(declared)} a ${typeToString(result)}`);
        break;
      }
      case "||=": case "&&=": case "??=": {
        const kept = e.operator === "??=" ? removeNullish(current) : e.operator === "||=" ? truthyPart(current) : falsyPart(current);
        if (!isLoose(declared)) this.expectAssignable(value, declared, e.value.span, "the value");
        result = union([kept, value]);
        break;
      }
      default:
        this.arithmeticOperand(current, e.target.span, e.operator.slice(0, -1));
        this.arithmeticOperand(value, e.value.span, e.operator.slice(0, -1));
        result = NUMBER;
    }
    if (v) this.assigned(v, result, env);
    else {
      const root = rootIdentifier(e.target);
      const owner = root && env.lookup(root.name);
      if (owner) this.forgetPaths(owner, env);
    }
    return result;
  }

  /** Narrows a variable by what was assigned to it, as TypeScript does (unless a closure assigns it too). */
  private assigned(v: Variable, t: Type, env: Env): void {
    this.forgetPaths(v, env);
    if (this.assignedInClosure(v)) return;
    env.narrow(v, v.evolving ? widen(t) : narrowByAssignment(v.type, t));
  }

  /** The type a target of `=`, `+=` or `++` holds; refuses constants, builtins and read-only fields. */
  private assignTarget(t: A.AssignTarget, env: Env): Type {
    if (t.kind === "Identifier") {
      const v = env.lookup(t.name);
      if (!v) {
        if ((ROOT_NAMES as readonly string[]).includes(t.name) || opsByName.has(t.name) || globals.has(t.name)) {
          this.error(t.span, `cannot assign to \`${t.name}\`: it is a builtin; declare your own with \`let\``);
        } else this.identifier(t, env);
        return ANY;
      }
      if (v.kind === "const") this.error(t.span, `cannot assign to \`${t.name}\` because it is a constant`);
      this.types.set(t, v.type);
      return v.type;
    }
    const object = this.expr(t.object, env);
    const base = removeNullish(object);
    if (hasNullish(object) && !isLoose(object)) this.warn(t.object.span, `this may be ${nullishWord(object)}, which has no properties to set`);
    if (t.kind === "Member") {
      if (DANGEROUS_KEYS.has(t.property)) {
        this.error(t.propertySpan, `\`${t.property}\` is not accessible in Weft`);
        return ANY;
      }
      if (base.k === "entity" || base.k === "namespace" || base.k === "Date" || base.k === "function" || base.k === "string") {
        this.error(t.propertySpan, base.k === "entity" ? `cannot assign to \`${t.property}\`: ${base.name} fields are read-only` : `cannot set properties of ${article(typeToString(base))}`);
        return ANY;
      }
      if (base.k === "array" && t.property !== "length") {
        this.error(t.propertySpan, `an array takes only indices and \`length\`, not \`${t.property}\``);
        return ANY;
      }
      return this.memberType(base, t.property, t.propertySpan);
    }
    this.expr(t.index, env);
    if (base.k === "entity" || base.k === "string" || base.k === "Date") {
      this.error(t.span, `cannot set elements of ${article(typeToString(base))}`);
      return ANY;
    }
    return this.indexType(base, t.index, t.span);
  }

  // Member access, index access and calls

  private link(e: A.Member | A.Index | A.Call, env: Env, expected: Type | undefined, inChain = false): Type {
    let t = this.linkInner(e, env, expected, inChain);
    // `if (row.model) row.model.size`: a property path a condition narrowed.
    const path = e.kind === "Member" ? this.pathRef(e, env) : undefined;
    const narrowed = path && env.narrowedType(path);
    if (narrowed) t = narrowed;
    this.types.set(e, t);
    return t;
  }

  private linkInner(e: A.Member | A.Index | A.Call, env: Env, expected: Type | undefined, inChain: boolean): Type {
    const sub = (x: A.Expression): Type => (x.kind === "Member" || x.kind === "Index" || x.kind === "Call" ? this.link(x, env, undefined, inChain) : this.expr(x, env));
    const access = (object: Type, optional: boolean, node: A.Expression, read: (base: Type) => Type) => {
      if (object === UNASSIGNED && !optional && node.kind === "Identifier") {
        this.error(node.span, `\`${node.name}\` is used before being assigned`);
        return ANY;
      }
      return this.access(object, optional, node.span, read, inChain);
    };
    if (e.kind === "Member") {
      const object = sub(e.object);
      this.jsonRead(e, object);
      return access(object, e.optional, e.object, (base) => this.memberType(base, e.property, e.propertySpan));
    }
    if (e.kind === "Index") {
      const object = sub(e.object);
      this.jsonRead(e, object);
      this.expr(e.index, env);
      return access(object, e.optional, e.object, (base) => this.indexType(base, e.index, e.span));
    }
    if (e.callee.kind === "Member") {
      const callee = e.callee;
      const receiver = sub(callee.object);
      this.types.set(callee.object, receiver);
      return access(receiver, callee.optional, callee.object, (base) => this.methodCall(base, callee, e, env, expected, inChain));
    }
    const f = sub(e.callee);
    return access(f, e.optional, e.callee, (base) => this.callValue(base, e, env, expected, calleeName(e.callee)));
  }

  /**
   * A property of a JSON value read with a plain `.`: the value may be missing (a run without the
   * key). One warning a chain: `a.b.c` warns at its first read through JSON; `a?.b.c` at `.c`.
   */
  private jsonRead(e: A.Member | A.Index, object: Type): void {
    if (e.optional || removeNullish(object).k !== "json") return;
    const inner = e.object;
    if ((inner.kind === "Member" || inner.kind === "Index") && !inner.optional && removeNullish(this.types.get(inner.object) ?? ANY).k === "json") return;
    this.warn(e.object.span, "this is a JsonValue, which may be missing (a run without the key): read through it with `?.`");
  }

  /** Reads through a value that may be missing: `?.` makes the result optional; a plain `.` warns. */
  private access(object: Type, optional: boolean, span: Span, read: (base: Type) => Type, inChain = false): Type {
    const base = removeNullish(object);
    if (hasNullish(object) && !isLoose(object)) {
      if (!optional) {
        if (base.k === "never") {
          this.error(span, `this is always ${typeToString(object)}`);
          return ANY;
        }
        this.warn(span, `this may be ${nullishWord(object)}: check it first (\`if (x)\`, \`x?.\`, \`x ?? …\`)`);
      }
      const t = read(base);
      // Inside a chain, the chain's end adds the undefined once.
      if (optional && inChain) this.chainMayShort = true;
      return optional && !inChain ? union([t, UNDEFINED]) : t;
    }
    return read(base);
  }

  memberType(base: Type, name: string, span: Span): Type {
    if (DANGEROUS_KEYS.has(name)) {
      this.error(span, `\`${name}\` is not accessible in Weft`);
      return ANY;
    }
    switch (base.k) {
      case "any": case "unknown": case "never":
        return base.k === "never" ? NEVER : ANY;
      case "json":
        return JSON_T;
      case "union": {
        const parts = base.types.map((m) => this.memberType(m, name, span));
        return union(parts);
      }
      case "dict":
        if (base.name) this.checkDataKey(base.name, name, span);
        return base.value;
      case "object": {
        const t = base.props.get(name);
        if (t) return t;
        const near = closest(name, base.props.keys());
        this.error(span, `the object has no property \`${name}\`${near ? ` (did you mean \`${near}\`?)` : ""}`);
        return ANY;
      }
      case "entity":
        return this.entityField(base.name, name, span);
      case "array": case "tuple":
        if (name === "length") return NUMBER;
        if (/^\d+$/.test(name)) return base.k === "tuple" ? (base.elements[Number(name)] ?? UNDEFINED) : base.element;
        return this.builtinMember("array", "arrays", name, span);
      case "string": case "literal": {
        const kind = base.k === "string" ? "string" : typeof (base as { value?: unknown }).value;
        if (name === "length" && kind === "string") return NUMBER;
        return kind === "string" ? this.builtinMember("string", "strings", name, span) : kind === "number" ? this.builtinMember("number", "numbers", name, span) : this.builtinMember("boolean", "booleans", name, span);
      }
      case "number":
        return this.builtinMember("number", "numbers", name, span);
      case "boolean":
        return this.builtinMember("boolean", "booleans", name, span);
      case "Date":
        return this.builtinMember("Date", "Dates", name, span);
      case "namespace": case "function": {
        const owner = base.k === "namespace" ? base.name : base.statics;
        const table = owner ? staticMembers(owner) : undefined;
        const member = table?.get(name);
        // Overloads travel as a union of function types; a call picks among them.
        if (member) return member.length === 1 ? member[0]! : { k: "union", types: member };
        if (owner === "Math" && name === "random") {
          this.error(span, "`Math.random` is not available: a program's answer depends only on its workspace and its clock");
          return ANY;
        }
        const near = table ? closest(name, table.keys()) : undefined;
        this.error(span, owner ? `${owner} has no member \`${name}\`${near ? ` (did you mean \`${near}\`?)` : ""}` : "functions have no properties in Weft");
        return ANY;
      }
      default:
        this.error(span, `${article(typeToString(base))} has no property \`${name}\``);
        return ANY;
    }
  }

  private builtinMember(receiver: Receiver, label: string, name: string, span: Span): Type {
    if (methodTypes(receiver, name)) {
      this.error(span, `\`${name}\` is a method: call it, as \`.${name}(…)\``);
      return ANY;
    }
    const near = closest(name, [...(receiver === "array" || receiver === "string" ? ["length"] : []), ...methodNames(receiver)]);
    this.error(span, `${label} have no property \`${name}\`${near ? ` (did you mean \`${near}\`?)` : ""}`);
    return ANY;
  }

  private entityField(name: EntityName, field: string, span: Span): Type {
    const t = fieldType(name, field);
    if (t) return t;
    if (name === "Project" && methodTypes("Project", field)) {
      this.error(span, `\`${field}\` is a method of Project: call it, as \`project.${field}()\``);
      return ANY;
    }
    const hint = ENTITY_HINTS[`${name}.${field}`];
    const near = closest(field, fieldNames(name));
    const advice = hint ? `; use ${hint}` : near ? ` (did you mean \`${near}\`?)` : fieldNames(name).length > 0 ? ` (its fields: ${fieldNames(name).join(", ")})` : "";
    this.error(span, `${name} has no field \`${field}\`${advice}`);
    return ANY;
  }

  /** A data-aware check: a config or summary key that no run has is probably a typo. */
  private checkDataKey(dictName: string, key: string, span: Span): void {
    const known = this.options.data?.keys(dictName as "ConfigDict" | "SummaryDict" | "HistoryRow");
    if (!known || known.has(key)) return;
    const near = closest(key, known.keys());
    this.warn(span, `no run's ${DICT_SOURCES[dictName]} has the key \`${key}\`${near ? ` (did you mean \`${near}\`?)` : ""}`);
  }

  private indexType(base: Type, index: A.Expression, span: Span): Type {
    const key = this.types.get(index) ?? ANY;
    switch (base.k) {
      case "array":
        if (!numeric(key) && !isLoose(key) && !(index.kind === "String" && /^\d+$/.test(index.value))) this.error(index.span, `an array is indexed by a number, not ${article(typeToString(key))}`);
        return base.element;
      case "tuple":
        if (index.kind === "Number") return base.elements[index.value] ?? UNDEFINED;
        if (index.kind === "String" && /^\d+$/.test(index.value)) return base.elements[Number(index.value)] ?? UNDEFINED;
        return union(base.elements);
      case "string":
        return STRING;
      case "dict":
        if (index.kind === "String" && base.name) this.checkDataKey(base.name, index.value, index.span);
        return base.value;
      case "object":
        if (index.kind === "String") return this.memberType(base, index.value, index.span);
        return union([...base.props.values()]);
      case "any": case "json": case "unknown":
        return base.k === "json" ? JSON_T : ANY;
      case "union":
        return union(base.types.map((m) => this.indexType(m, index, span)));
      case "entity":
        if (index.kind === "String") return this.entityField(base.name, index.value, index.span);
        this.error(span, `${base.name} has no elements; read its fields by name`);
        return ANY;
      default:
        this.error(span, `${article(typeToString(base))} cannot be indexed`);
        return ANY;
    }
  }

  private methodCall(base: Type, callee: A.Member, call: A.Call, env: Env, expected: Type | undefined, inChain = false): Type {
    const name = callee.property;
    const span = callee.propertySpan;
    if (DANGEROUS_KEYS.has(name)) {
      this.error(span, `\`${name}\` is not accessible in Weft`);
      this.args(call, env);
      return ANY;
    }
    const receiver = receiverOf(base);
    if (receiver) {
      const signatures = methodTypes(receiver.table, name);
      if (!signatures) {
        const near = closest(name, methodNames(receiver.table));
        this.error(span, `${receiver.label} ${receiver.label.endsWith("s") ? "have" : "has"} no method \`${name}\`${near ? ` (did you mean \`${near}\`?)` : ""}`);
        this.args(call, env);
        return ANY;
      }
      const bindings = new Map<string, Type>(receiver.element ? [["T", receiver.element]] : []);
      const result = this.overloaded(signatures, bindings, call, env, expected, name, methodSpan(callee, call));
      // `xs.filter(x => x !== undefined)` keeps what the callback's inferred type predicate says.
      const callback = call.args[0] && this.types.get(call.args[0]);
      const guarded = receiver.table === "array" && callback?.k === "function" && callback.guard ? GUARDED_RESULTS[name]?.(callback.guard) : undefined;
      return guarded ?? result;
    }
    if (base.k === "union") {
      // Each member must have the method; the result is the union of theirs.
      const results = base.types.map((m) => this.methodCall(m, callee, call, env, expected, inChain));
      return union(results);
    }
    const f = this.memberType(base, name, span);
    if (f.k === "json" && base.k !== "json") {
      // A key of a dictionary holds JSON data, never a function.
      this.error(call.callee.span, `\`${name}\` is not a function (it is JsonValue)`);
      this.args(call, env);
      return ANY;
    }
    if (f.k === "json") this.warn(span, `\`${name}\` is called on a JsonValue, which may be missing or of another type: check it first (\`typeof x === "number"\`, \`typeof x === "string"\`)`);
    if (f.k === "any" || f.k === "json") {
      this.args(call, env);
      return ANY;
    }
    // `o.m?.(…)`: an optional method, called where it is there.
    if (call.optional) return this.access(f, true, call.callee.span, (fn) => this.callValue(fn, call, env, expected, name), inChain);
    return this.callValue(f, call, env, expected, name);
  }

  /** Calls a function value: an op, a global, a program's own arrow. */
  private callValue(f: Type, call: A.Call, env: Env, expected: Type | undefined, name: string): Type {
    if (f.k === "any" || f.k === "unknown") {
      this.args(call, env);
      return ANY;
    }
    if (f.k === "union") {
      const fns = f.types.filter((m): m is FunctionType => m.k === "function");
      if (fns.length === f.types.length && fns.length > 0) return this.overloaded(fns, new Map(), call, env, expected, name);
    }
    if (f.k === "namespace") {
      this.error(call.callee.span, `\`${name}(…)\` is not supported in Weft${name === "Array" ? "; use an array literal `[…]` or `Array.from`" : name === "Object" ? "; use an object literal `{…}`" : ""}`);
      this.args(call, env);
      return ANY;
    }
    if (f.k !== "function") {
      this.error(call.callee.span, `\`${name}\` is not a function (it is ${article(typeToString(f))})`);
      this.args(call, env);
      return ANY;
    }
    return this.overloaded([f], new Map(), call, env, expected, name);
  }

  /** Picks the first signature whose arity fits the call, and checks the call against it. */
  private overloaded(signatures: readonly FunctionType[], bindings: Map<string, Type>, call: A.Call, env: Env, expected: Type | undefined, name: string, where: Span = call.span): Type {
    const n = call.args.length;
    const spread = call.args.some((a) => a.kind === "Spread");
    const fits = (s: FunctionType) => spread || (n >= requiredCount(s) && n <= mostArguments(s));
    const candidates = signatures.filter(fits);
    if (candidates.length === 0 && signatures.length > 1) {
      const least = Math.min(...signatures.map(requiredCount));
      const most = Math.max(...signatures.map(mostArguments));
      this.error(where, arityMessage(name, least, most, n));
      this.args(call, env);
      return ANY;
    }
    let chosen = candidates[0] ?? signatures[0]!;
    if (candidates.length > 1) {
      // Try each, as TypeScript resolves overloads: the first without an error wins, else the one with fewest.
      let fewest = Infinity;
      for (const s of candidates) {
        const mark = this.diagnostics.length;
        this.checkCall(s, new Map(bindings), call, env, expected, name, where);
        const errors = this.diagnostics.slice(mark).filter((d) => d.severity === "error").length;
        this.diagnostics.length = mark;
        if (errors < fewest) {
          fewest = errors;
          chosen = s;
        }
        if (errors === 0) break;
      }
    }
    return this.checkCall(chosen, bindings, call, env, expected, name, where);
  }

  private checkCall(sig: FunctionType, bindings: Map<string, Type>, call: A.Call, env: Env, expected: Type | undefined, name: string, where: Span = call.span): Type {
    const args = call.args;
    const spread = args.some((a) => a.kind === "Spread");
    const required = requiredCount(sig);
    const most = mostArguments(sig);
    if (!spread && (args.length < required || args.length > most)) this.error(where, arityMessage(name, required, most, args.length));
    const paramOf = (i: number): Type | undefined => sig.params[i]?.type ?? sig.rest?.type;
    const argTypes: (Type | undefined)[] = new Array(args.length);
    // The receiver's element type `T` is given; the arguments bind only the signature's own type variables.
    const fixed = new Set(bindings.keys());
    const infer = (p: Type, t: Type, into: Map<string, Type>) => {
      const trial = new Map(into);
      inferTypes(p, t, trial);
      for (const [k, v] of trial) if (!fixed.has(k)) into.set(k, v);
    };
    // First the arguments that are not functions: they bind type variables for the callbacks.
    args.forEach((a, i) => {
      if (a.kind === "Spread" || a.kind === "Arrow") return;
      const p = paramOf(i);
      const t = this.expr(a, env, p ? stripUnbound(substitute(p, bindings, { k: "var", name: "?" })) : undefined);
      argTypes[i] = t;
      if (p) infer(p, t, bindings);
    });
    // What the plain arguments bound (reduce's initial value) stays; a callback must fit it.
    for (const k of bindings.keys()) fixed.add(k);
    args.forEach((a, i) => {
      if (a.kind === "Spread") {
        const t = this.expr(a.argument, env);
        argTypes[i] = t;
        const p = sig.rest?.type ?? paramOf(i);
        if (p) infer(arrayOf(p), t, bindings);
        return;
      }
      if (a.kind !== "Arrow") return;
      const p = paramOf(i);
      const context = p ? substitute(p, bindings, { k: "var", name: "?" }) : undefined;
      const t = this.expr(a, env, context ? stripUnbound(context) : undefined);
      argTypes[i] = t;
      if (p) infer(p, t, bindings);
    });
    args.forEach((a, i) => {
      const t = argTypes[i];
      if (a.kind === "Spread") {
        if (!t) return;
        // What is spread must be iterable (`f(...5)` is a TypeError), and not maybe undefined.
        const element = this.elementType(t, a.span, "a spread argument");
        // Spread past the fixed parameters, the elements go to the rest parameter (`Math.max(...xs)`).
        if (sig.rest && i >= sig.params.length) {
          const want = substitute(sig.rest.type, bindings);
          if (!assignable(element, want)) this.expectAssignable(arrayOf(element), arrayOf(want), a.span, `the spread argument of \`${name}\``);
        }
        return;
      }
      const p = paramOf(i);
      if (!p || !t) return;
      const want = substitute(p, bindings);
      // An arrow's parameters were checked against this context where it was written; its result is what is left.
      if (a.kind === "Arrow" && t.k === "function" && want.k === "function") {
        const needs = t.params.filter((q) => !q.optional).length;
        if (!want.rest && needs > want.params.length) {
          this.error(a.span, `the callback takes ${needs} parameters, but \`${name}\` gives it ${want.params.length}`);
          return;
        }
        if (want.returns.k !== "undefined" && !assignable(t.returns, want.returns)) {
          this.expectAssignable(t.returns, want.returns, a.body.kind === "Block" ? a.span : a.body.span, `the callback's result`);
        }
        return;
      }
      this.expectAssignable(t, want, a.span, `the argument \`${sig.params[i]?.name ?? sig.rest?.name ?? "value"}\` of \`${name}\``);
    });
    // A type variable no argument bound (`[].map(f)` with `f` of `any`) is `any`.
    return substitute(sig.returns, bindings, ANY);
  }

  /** Checks the arguments of a call that cannot be checked against a signature, for their own errors. */
  private args(call: A.Call, env: Env): void {
    for (const a of call.args) this.expr(a.kind === "Spread" ? a.argument : a, env);
  }

  private construct(e: A.New, env: Env): Type {
    for (const a of e.args) this.expr(a.kind === "Spread" ? a.argument : a, env);
    const v = env.lookup(e.callee.name);
    if (e.callee.name !== "Date" || v) {
      this.error(e.callee.span, `only \`new Date(…)\` can be constructed in Weft, not \`new ${e.callee.name}\``);
      return ANY;
    }
    if (e.args.length > 7) this.error(e.span, `\`new Date\` takes at most 7 arguments, got ${e.args.length}`);
    if (e.args.length === 1 && e.args[0]!.kind !== "Spread") {
      const t = this.types.get(e.args[0]!) ?? ANY;
      if (!numeric(t) && !stringLike(t) && removeNullish(t).k !== "Date" && !isLoose(t)) this.error(e.args[0]!.span, `\`new Date\` takes a number, a string or a Date, not ${article(typeToString(t))}`);
    }
    return DATE;
  }

  // Narrowing

  /** On the right of `x ?? …`, `x` is null or undefined, as TypeScript narrows it (a JSON or `any` value stays as it is). */
  private nullishFacts(left: A.Expression, env: Env): Map<Ref, Type> {
    const facts = new Map<Ref, Type>();
    const r = this.refOf(left, env);
    if (!r) return facts;
    const t = this.currentType(r, left, env);
    if (!isLoose(t)) facts.set(r, union(members(t).filter(isNullish)));
    return facts;
  }

  /** The variable or property path (`row.model`) an expression names, if it names one. */
  private refOf(x: A.Expression, env: Env): Ref | undefined {
    return x.kind === "Identifier" ? env.lookup(x.name) : this.pathRef(x, env);
  }

  /** The type a variable or path has here, after the narrowings in force. */
  private currentType(r: Ref, x: A.Expression, env: Env): Type {
    return r.kind === "path" ? (env.narrowedType(r) ?? this.types.get(x) ?? ANY) : env.typeOf(r);
  }

  /** What a condition being true, and being false, says about the variables and paths it tests. */
  private facts(cond: A.Expression, env: Env): [Map<Ref, Type>, Map<Ref, Type>] {
    const whenTrue = new Map<Ref, Type>();
    const whenFalse = new Map<Ref, Type>();
    const ref = (x: A.Expression): Ref | undefined => this.refOf(x, env);
    const current = (r: Ref, x: A.Expression): Type => this.currentType(r, x, env);
    switch (cond.kind) {
      case "Identifier": case "Member": {
        const r = ref(cond);
        if (r) {
          whenTrue.set(r, truthyPart(current(r, cond)));
          whenFalse.set(r, falsyPart(current(r, cond)));
        }
        break;
      }
      case "Unary":
        if (cond.operator === "!") {
          const [t, f] = this.facts(cond.argument, env);
          return [f, t];
        }
        break;
      case "Call": {
        // `Array.isArray(x)`
        const c = cond.callee;
        const arg = cond.args[0];
        if (c.kind !== "Member" || c.object.kind !== "Identifier" || c.object.name !== "Array" || c.property !== "isArray" || env.lookup("Array") || !arg || arg.kind === "Spread") break;
        const r = ref(arg);
        if (!r) break;
        const parts = members(current(r, arg));
        const isArray = (m: Type) => m.k === "array" || m.k === "tuple";
        const arrays = parts.flatMap((m) => (isArray(m) ? [m] : m.k === "json" ? [arrayOf(JSON_T)] : m.k === "any" || m.k === "unknown" ? [arrayOf(ANY)] : []));
        whenTrue.set(r, union(arrays));
        whenFalse.set(r, union(parts.filter((m) => !isArray(m))));
        break;
      }
      case "Binary": {
        if (cond.operator === "&&") {
          const [lt] = this.facts(cond.left, env);
          const [rt] = this.facts(cond.right, env.child(lt));
          return [new Map([...lt, ...rt]), whenFalse];
        }
        if (cond.operator === "||") {
          const [, lf] = this.facts(cond.left, env);
          const [, rf] = this.facts(cond.right, env.child(lf));
          return [whenTrue, new Map([...lf, ...rf])];
        }
        const negated = cond.operator === "!==" || cond.operator === "!=";
        const strict = cond.operator === "===" || cond.operator === "!==";
        if (!negated && !strict && cond.operator !== "==") break;
        const [subject, other] = ref(cond.left) ? [cond.left, cond.right] : [cond.right, cond.left];
        const v = ref(subject);
        if (!v) {
          // `typeof x === "string"`
          const typeofSubject = subject.kind === "Unary" && subject.operator === "typeof" ? subject.argument : other.kind === "Unary" && other.operator === "typeof" ? other.argument : undefined;
          const literal = subject.kind === "String" ? subject.value : other.kind === "String" ? other.value : undefined;
          const tv = typeofSubject ? ref(typeofSubject) : undefined;
          if (tv && typeofSubject && literal) {
            const parts = members(current(tv, typeofSubject));
            // A JSON value tested by `typeof` is that primitive where the test holds.
            const keep = parts.flatMap((m) => (typeofMatches(m, literal) ? [m] : isLoose(m) ? typeofLoose(m, literal) : []));
            const rest = parts.filter((m) => !typeofMatches(m, literal) || isLoose(m));
            (negated ? whenFalse : whenTrue).set(tv, union(keep.length ? keep : parts));
            (negated ? whenTrue : whenFalse).set(tv, union(rest));
          }
          break;
        }
        const t = current(v, subject);
        const nullish = other.kind === "Undefined" ? "undefined" : other.kind === "Null" ? "null" : undefined;
        if (!nullish) {
          // Against a literal (`kind === "model"`) the literal's own type, so a union of literals
          // narrows both ways: to that literal where equal, to the others where not.
          const literal: LiteralType | undefined = other.kind === "String" || other.kind === "Number" || other.kind === "Boolean" ? { k: "literal", value: other.value } : undefined;
          const ot = literal ?? this.types.get(other);
          // Strictly equal to a literal, a value is neither null nor undefined.
          if (ot) (negated ? whenFalse : whenTrue).set(v, literal && strict ? narrowToLiteral(t, literal) : narrowTo(t, ot));
          if (literal && strict) {
            // Nothing left (`k: "a"` where `k !== "a"`) is never, as in TypeScript: that branch cannot run.
            const others = members(t).filter((m) => !(m.k === "literal" && m.value === literal.value));
            (negated ? whenTrue : whenFalse).set(v, union(others));
          }
          break;
        }
        const matches = (m: Type) => (strict ? m.k === nullish : isNullish(m));
        const same = union(members(t).filter((m) => matches(m) || isLoose(m)));
        const differ = union(members(t).filter((m) => !matches(m)));
        (negated ? whenTrue : whenFalse).set(v, differ);
        (negated ? whenFalse : whenTrue).set(v, same.k === "never" ? (strict ? (nullish === "null" ? NULL : UNDEFINED) : UNDEFINED) : same);
        break;
      }
      default:
        break;
    }
    return [whenTrue, whenFalse];
  }

  // Types of annotations and checks of assignability

  private annotation(node: A.TypeNode): Type {
    return resolveType(node, new Set(), (e) => {
      if (e instanceof RestNotArray) return this.error(e.node.span, REST_NOT_ARRAY);
      const near = closest(e.name, KNOWN_TYPE_NAMES);
      this.error(e.node.span, `unknown type \`${e.name}\`${near ? ` (did you mean \`${near}\`?)` : ""}`);
    });
  }

  private expectAssignable(src: Type, dst: Type, span: Span, what: string): void {
    if (assignable(src, dst)) return;
    // `T | undefined` where `T` is required: a warning (SPEC §1).
    if (hasNullish(src) && assignable(removeNullish(src), dst)) {
      this.warn(span, `${what} may be ${nullishWord(src)}, but ${article(typeToString(dst))} is required`);
      return;
    }
    if (src.k === "array" && hasNullish(src.element) && assignable(arrayOf(removeNullish(src.element)), dst)) {
      this.warn(span, `${what} is ${article(typeToString(src))}, whose elements may be ${nullishWord(src.element)}, but ${article(typeToString(dst))} is required`);
      return;
    }
    this.error(span, `${what} is ${article(typeToString(src))}, but ${article(typeToString(dst))} is required`);
  }

  /** The element type of something iterated: an array's elements, a string's characters. */
  private elementType(t: Type, span: Span, what: string): Type {
    const base = removeNullish(t);
    const element = this.iterableElement(base, span, what);
    if (!element) {
      this.error(span, `${what} needs an array or a string, not ${article(typeToString(t))}`);
      return ANY;
    }
    if (hasNullish(t) && !isLoose(t)) this.warn(span, `this may be ${nullishWord(t)}, which ${what} cannot go through`);
    if (base.k === "json") this.warn(span, `this is a JsonValue, which may be missing or not an array: check it first (\`Array.isArray(x)\`)`);
    return element;
  }

  /** The element type of a type that is not nullish, or undefined where it cannot be iterated. */
  private iterableElement(base: Type, span: Span, what: string): Type | undefined {
    switch (base.k) {
      case "array":
        return base.element;
      case "tuple":
        return union(base.elements);
      case "string": case "literal":
        return STRING;
      case "any": case "unknown":
        return ANY;
      case "json":
        return JSON_T;
      case "union":
        return union(base.types.map((m) => this.elementType(m, span, what)));
      case "never":
        return NEVER;
      default:
        return undefined;
    }
  }
}

// Helpers

/** A declared union narrowed by an assignment: the members the assigned value can be. */
function narrowByAssignment(declared: Type, value: Type): Type {
  if (declared.k !== "union" || isLoose(declared)) return declared;
  const kept = declared.types.filter((m) => members(value).some((x) => assignable(x, m)));
  return kept.length > 0 ? union(kept) : declared;
}

/** The variable an assignment target writes into (`row` of `row.model.size = …`). */
function rootIdentifier(t: A.Expression): A.Identifier | undefined {
  let x = t;
  while (x.kind === "Member" || x.kind === "Index") x = x.object;
  return x.kind === "Identifier" ? x : undefined;
}

/** The facts where two paths from `start` meet: each reference has the union of its types on the two. */
function joinFacts(start: Env, a: Env, b: Env): Map<Ref, Type> {
  const [fa, fb] = [a.factsSince(start), b.factsSince(start)];
  const typeIn = (facts: Map<Ref, Type>, r: Ref): Type => facts.get(r) ?? start.narrowedType(r) ?? (r.kind === "path" ? FORGOTTEN : r.type);
  const out = new Map<Ref, Type>();
  for (const r of new Set([...fa.keys(), ...fb.keys()])) {
    const [ta, tb] = [typeIn(fa, r), typeIn(fb, r)];
    out.set(r, ta === FORGOTTEN || tb === FORGOTTEN ? FORGOTTEN : union([ta, tb]));
  }
  return out;
}

function patternNames(p: A.Pattern, out: A.Identifier[] = []): A.Identifier[] {
  if (p.kind === "Identifier") out.push(p);
  else if (p.kind === "ArrayPattern") {
    for (const e of p.elements) if (e.kind === "PatternElement") patternNames(e.target, out);
    if (p.rest) patternNames(p.rest, out);
  } else {
    for (const q of p.properties) patternNames(q.target, out);
    if (p.rest) out.push(p.rest);
  }
  return out;
}

function paramName(p: A.Parameter): string {
  return p.target.kind === "Identifier" ? p.target.name : "argument";
}

/** How many arguments a signature needs: its parameters that are not optional. */
function requiredCount(sig: FunctionType): number {
  return sig.params.filter((p) => !p.optional).length;
}

/** How many arguments a signature takes at most: Infinity where a rest parameter takes the rest. */
function mostArguments(sig: FunctionType): number {
  return sig.rest ? Infinity : sig.params.length;
}

/** "`round` takes 1 argument, got 2", "`max` takes at least 1 argument, got 0", "`slice` takes 0 to 2 arguments, …". */
function arityMessage(name: string, least: number, most: number, got: number): string {
  const range = most === Infinity ? `at least ${least}` : least === most ? `${least}` : `${least} to ${most}`;
  return `\`${name}\` takes ${range} argument${least === 1 && (most === 1 || most === Infinity) ? "" : "s"}, got ${got}`;
}

function isLoose(t: Type): boolean {
  return t.k === "any" || t.k === "json" || t.k === "unknown" || (t.k === "union" && t.types.some((m) => m.k === "any" || m.k === "json"));
}

function nullishWord(t: Type): string {
  const m = members(t);
  const u = m.some((x) => x.k === "undefined");
  const n = m.some((x) => x.k === "null");
  return u && n ? "null or undefined" : n ? "null" : "undefined";
}

function article(text: string): string {
  if (/^(undefined|null|any|never|unknown|JsonValue)$/.test(text)) return text;
  if (/^["\d(\[{]/.test(text) || text.includes("|")) return text;
  return (/^[aeiouAEIOU]/.test(text) ? "an " : "a ") + text;
}

/** A variable's type after `x = value`: literals widen, an empty array stays open. */
function widenForVariable(t: Type): Type {
  return t === UNASSIGNED ? UNDEFINED : widen(t);
}

function typeofMatches(t: Type, tag: string): boolean {
  switch (tag) {
    case "string": return stringLike(t);
    case "number": return t.k === "number" || (t.k === "literal" && typeof t.value === "number");
    case "boolean": return t.k === "boolean" || (t.k === "literal" && typeof (t as { value?: unknown }).value === "boolean");
    case "undefined": return t.k === "undefined";
    case "function": return t.k === "function";
    case "object": return t.k === "null" || t.k === "array" || t.k === "tuple" || t.k === "object" || t.k === "dict" || t.k === "entity" || t.k === "Date" || t.k === "namespace";
    default: return false;
  }
}

/** What a JSON value (or `any`) is where `typeof` of it is `tag`. */
function typeofLoose(t: Type, tag: string): Type[] {
  switch (tag) {
    case "string": return [STRING];
    case "number": return [NUMBER];
    case "boolean": return [BOOLEAN];
    case "undefined": return [UNDEFINED];
    case "object": return t.k === "json" ? [NULL, arrayOf(JSON_T), dict(JSON_T)] : [t];
    default: return [];
  }
}

/** `x === "a"`: x's literal members equal to it, and its other members that can hold it (never null or undefined). */
function narrowToLiteral(t: Type, literal: LiteralType): Type {
  const kept = members(removeNullish(t)).filter((m) => (m.k === "literal" ? m.value === literal.value : overlaps(m, literal)));
  return kept.length > 0 ? union(kept) : t;
}

/** `x === y` where x: A | B and y: B narrows x to B. */
function narrowTo(t: Type, other: Type): Type {
  const kept = members(t).filter((m) => overlaps(m, other));
  return kept.length > 0 ? union(kept) : t;
}

/** A context type with type variables still unbound: they must not constrain the callback. */
function stripUnbound(t: Type): Type {
  return substitute(t, new Map(), UNKNOWN);
}

function receiverOf(t: Type): { table: Receiver; label: string; element?: Type } | undefined {
  switch (t.k) {
    case "array": return { table: "array", label: "arrays", element: t.element };
    case "tuple": return { table: "array", label: "arrays", element: union(t.elements) };
    case "string": return { table: "string", label: "strings" };
    case "number": return { table: "number", label: "numbers" };
    case "boolean": return { table: "boolean", label: "booleans" };
    case "literal": return typeof t.value === "string" ? { table: "string", label: "strings" } : typeof t.value === "number" ? { table: "number", label: "numbers" } : { table: "boolean", label: "booleans" };
    case "Date": return { table: "Date", label: "Dates" };
    case "entity": return t.name === "Project" ? { table: "Project", label: "Project" } : undefined;
    default: return undefined;
  }
}

/** A method call's place for messages: from the method's name to the end of its arguments. */
function methodSpan(callee: A.Member, call: A.Call): Span {
  return { ...call.span, start: callee.propertySpan.start, line: callee.propertySpan.line, column: callee.propertySpan.column };
}

/** Whether every path through a statement ends in `return`. */
function alwaysReturns(s: A.Statement): boolean {
  switch (s.kind) {
    case "Return": return true;
    case "Block": return s.body.some(alwaysReturns);
    case "If": return s.alternate !== undefined && alwaysReturns(s.consequent) && alwaysReturns(s.alternate);
    default: return false;
  }
}

const alwaysExits = alwaysReturns;
