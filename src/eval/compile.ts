/**
 * The evaluator: compiles the AST into a tree of JavaScript closures, one per node, that run with
 * JavaScript's semantics over Weft's values. No `eval` or `new Function`, so Content-Security-
 * Policies that forbid them are fine. Names resolve to frame slots at compile time.
 */
import type * as A from "../ast.js";
import { WeftError, isStackOverflow } from "../errors.js";
import type { Span } from "../source.js";
import { closest } from "../suggest.js";
import {
  add, looseEquals, toNumber, toPrimitive, toPropertyKey, toStr, typeName, newObject, isEntity, runtimeError,
  type Value,
} from "../runtime/values.js";
import { entityJson } from "../workspace/entities.js";
import type { EvalContext } from "../runtime/context.js";
import { globals, opsByName, constructDate, DATE_CONSTRUCTOR } from "../../stdlib/index.js";
import { callMethod, getMember, methodAbsent, namedMemberReader, namedMethodCaller, setMember, callValue, noteObjectSize } from "./members.js";
import { calleeName } from "../printer.js";
import { ROOT_NAMES } from "../roots.js";
import { Scope, Frame, UNINITIALIZED, clearSlots, newSlots, declaredIdentifiers, type Binding } from "./scope.js";

type Code = (env: Frame) => Value;
/** A statement's code returns its completion: a value, EMPTY, or RETURN (with the value in `ctx.returnValue`). */
type StmtCode = (env: Frame) => Value;
type Binder = (env: Frame, value: Value) => void;

const EMPTY: unique symbol = Symbol("empty");
const RETURN: unique symbol = Symbol("return");
/** What a short-circuited link of an optional chain yields, until the chain's end turns it into `undefined`. */
const SHORT: unique symbol = Symbol("short");


export interface CompiledProgram {
  /**
   * Whether an evaluation needs its own view of the workspace: false until an evaluation of the
   * program wrote into workspace data (and started again isolating), true from then on.
   */
  isolating: boolean;
  /** The program's top-level scope, which a later program of the same session may extend. */
  readonly scope: Scope;
  /** A top-level frame for one run; `parent` is the frame of the session's previous program, if any. */
  frame(ctx: EvalContext, parent?: Frame): Frame;
  run(frame: Frame): Value;
}

/** Compiles a program; with `parentScope`, its names may refer to those of an earlier program (a REPL session). */
export function compileProgram(program: A.Program, parentScope?: Scope): CompiledProgram {
  const compiler = new Compiler();
  const scope = new Scope(parentScope, parentScope === undefined);
  const body = compiler.block(program.body, scope, true);
  return {
    isolating: false,
    scope,
    frame: (ctx, parent) => new Frame(newSlots(scope.size), parent, ctx),
    run(frame) {
      const r = body(frame);
      return r === EMPTY ? undefined : r;
    },
  };
}

/** Turns what a builtin, an op or a conversion threw into a Weft error at the node that called it. */
function locate(e: unknown, span: Span): unknown {
  if (e instanceof WeftError) {
    if (e.line !== undefined) return e;
    return new WeftError(e.kind, e.message, span);
  }
  if (isStackOverflow(e)) {
    return new WeftError("limit", "calls nested too deeply for the host's stack (lower the nesting, or limits.maxCallDepth)", span);
  }
  if (e instanceof TypeError || e instanceof RangeError) return new WeftError("runtime", e.message, span);
  return e;
}

function fail(kind: "runtime" | "type" | "syntax", message: string, span: Span): never {
  throw new WeftError(kind, message, span);
}

/** What a compound assignment's `compute` answers when the target keeps its value (`a ||= b` with `a` truthy). */
const KEEP: unique symbol = Symbol("keep");

// A host call whose errors are located at a node's span, as a module-level function and its
// arguments rather than an arrow: an arrow there would capture the node's locals, and V8 then
// allocates a context for them on every evaluation of the node, slow path taken or not (a `>` over
// 100k runs made 100k of them).

function locatedCall1<A, R>(span: Span, f: (a: A) => R, a: A): R {
  try {
    return f(a);
  } catch (e) {
    throw locate(e, span);
  }
}

function locatedCall2<A, B, R>(span: Span, f: (a: A, b: B) => R, a: A, b: B): R {
  try {
    return f(a, b);
  } catch (e) {
    throw locate(e, span);
  }
}

class Compiler {
  /** Arrow functions compiled so far: whether a function's body holds another is a difference of two counts. */
  private arrowsCompiled = 0;

  block(statements: readonly A.Statement[], scope: Scope, completion: boolean): StmtCode {
    this.declareAll(statements, scope);
    const codes = statements.map((s) => this.statement(s, scope, completion));
    const n = codes.length;
    if (n === 1) return codes[0]!;
    return (env) => {
      let last: Value = EMPTY;
      for (let i = 0; i < n; i++) {
        const r = codes[i]!(env);
        if (r === RETURN) return RETURN;
        if (r !== EMPTY) last = r;
      }
      return last;
    };
  }

  /** Hoists a block's `const` and `let` names into its scope, as JavaScript does (with a dead zone until they run). */
  private declareAll(statements: readonly A.Statement[], scope: Scope): void {
    for (const s of statements) {
      if (s.kind !== "VarDecl") continue;
      for (const d of s.declarations) {
        for (const id of declaredIdentifiers(d.target)) {
          if (scope.declare(id, s.declKind, d.span.end) === "duplicate") fail("syntax", `\`${id.name}\` is already declared in this scope`, id.span);
        }
      }
    }
  }

  private scopedBlock(statements: readonly A.Statement[], parent: Scope, completion: boolean): StmtCode {
    const hasDeclarations = statements.some((s) => s.kind === "VarDecl");
    if (!hasDeclarations) return this.block(statements, parent, completion);
    const scope = new Scope(parent, false);
    const body = this.block(statements, scope, completion);
    const size = scope.size;
    return (env) => body(new Frame(newSlots(size), env, env.ctx));
  }

  statement(s: A.Statement, scope: Scope, completion: boolean): StmtCode {
    switch (s.kind) {
      case "ExpressionStatement": {
        const e = this.expr(s.expression, scope);
        if (completion) return e;
        return (env) => {
          e(env);
          return EMPTY;
        };
      }
      case "VarDecl": {
        const parts = s.declarations.map((d) => {
          const init = d.init ? this.expr(d.init, scope) : undefined;
          const bind = this.binder(d.target, scope);
          return { init, bind };
        });
        return (env) => {
          for (const p of parts) p.bind(env, p.init ? p.init(env) : undefined);
          return EMPTY;
        };
      }
      case "If": {
        const test = this.expr(s.test, scope);
        const consequent = this.statement(s.consequent, scope, completion);
        const alternate = s.alternate ? this.statement(s.alternate, scope, completion) : undefined;
        // A script's `if` completes with `undefined` where its branch leaves no value.
        const fill = (r: Value) => (completion && r === EMPTY ? undefined : r);
        return (env) => {
          if (test(env)) return fill(consequent(env));
          return alternate ? fill(alternate(env)) : completion ? undefined : EMPTY;
        };
      }
      case "ForOf":
        return this.forOf(s, scope, completion);
      case "Return": {
        const arg = s.argument ? this.expr(s.argument, scope) : undefined;
        return (env) => {
          env.ctx.returnValue = arg ? arg(env) : undefined;
          return RETURN;
        };
      }
      case "Block":
        return this.scopedBlock(s.body, scope, completion);
      case "Empty":
        return () => EMPTY;
    }
  }

  private forOf(s: A.ForOf, scope: Scope, completion: boolean): StmtCode {
    const iterable = this.expr(s.iterable, scope);
    const loopScope = new Scope(scope, false);
    const targetNames = declaredIdentifiers(s.target);
    for (const id of targetNames) loopScope.declare(id, s.declKind, s.target.span.end);
    const arrowsBefore = this.arrowsCompiled;
    const bind = this.binder(s.target, loopScope);
    // A body block's own names share the loop's frame, one frame per iteration instead of two,
    // unless one of them shadows the loop's (`for (const x of xs) { const x = … }`).
    const body = s.body.kind === "Block" && !declaresAny(s.body, targetNames) ? this.block(s.body.body, loopScope, completion) : this.statement(s.body, loopScope, completion);
    // With no function inside, nothing can keep an iteration's frame: the next one may take it.
    const reusable = this.arrowsCompiled === arrowsBefore;
    const size = loopScope.size;
    const span = s.iterable.span;
    return (env) => {
      const ctx = env.ctx;
      const xs = iterable(env);
      let items: ArrayLike<Value>;
      if (Array.isArray(xs)) items = xs;
      else if (typeof xs === "string") items = Array.from(xs);
      else return fail("runtime", `${typeName(xs)} is not iterable: \`for … of\` takes an array or a string`, span);
      let value: Value = completion ? undefined : EMPTY;
      let frame: Frame | undefined;
      // An array's iterator reads its length afresh at every step, as V8's does.
      for (let i = 0; i < items.length; i++) {
        ctx.step();
        if (frame === undefined || !reusable) frame = new Frame(newSlots(size), env, ctx);
        else clearSlots(frame.vars, 0);
        bind(frame, items[i]);
        const r = body(frame);
        if (r === RETURN) return RETURN;
        if (completion && r !== EMPTY) value = r;
      }
      return value;
    };
  }

  // Destructuring and parameter binding

  binder(target: A.Pattern, scope: Scope): Binder {
    switch (target.kind) {
      case "Identifier": {
        const slot = scope.own(target.name)!.slot;
        return (env, v) => {
          env.vars[slot] = v;
        };
      }
      case "ArrayPattern": {
        const elements = target.elements.map((e) => (e.kind === "Elision" ? undefined : { bind: this.binder(e.target, scope), def: e.defaultValue ? this.expr(e.defaultValue, scope) : undefined }));
        const rest = target.rest ? this.binder(target.rest, scope) : undefined;
        const span = target.span;
        return (env, v) => {
          const items: ArrayLike<Value> = Array.isArray(v) ? v : typeof v === "string" ? Array.from(v) : fail("runtime", `${typeName(v)} is not iterable, so it cannot be destructured as an array`, span);
          for (let i = 0; i < elements.length; i++) {
            const e = elements[i];
            if (!e) continue;
            let x = items[i];
            if (x === undefined && e.def) x = e.def(env);
            e.bind(env, x);
          }
          if (rest) rest(env, Array.prototype.slice.call(items, elements.length));
        };
      }
      case "ObjectPattern": {
        const props = target.properties.map((p) => ({ key: p.key, span: p.span, bind: this.binder(p.target, scope), def: p.defaultValue ? this.expr(p.defaultValue, scope) : undefined }));
        const rest = target.rest ? this.binder(target.rest, scope) : undefined;
        const taken = new Set(target.properties.map((p) => p.key));
        const span = target.span;
        return (env, v) => {
          if (v === null || v === undefined) fail("runtime", `cannot destructure ${typeName(v)}`, span);
          for (const p of props) {
            let x = getMember(v, p.key, p.span);
            if (x === undefined && p.def) x = p.def(env);
            p.bind(env, x);
          }
          if (rest) {
            const out = newObject();
            const source = isEntity(v) ? entityJson(v) : v;
            for (const k of Object.keys(source as object)) if (!taken.has(k)) out[k] = env.ctx.view((source as Record<string, Value>)[k]);
            rest(env, out);
          }
        };
      }
    }
  }

  // Expressions

  expr(e: A.Expression, scope: Scope): Code {
    switch (e.kind) {
      case "Number":
      case "String":
      case "Boolean": {
        const v = e.value;
        return () => v;
      }
      case "Null":
        return () => null;
      case "Undefined":
        return () => undefined;
      case "Template":
        return this.template(e, scope);
      case "Identifier":
        return this.read(e, scope);
      case "Array":
        return this.array(e, scope);
      case "Object":
        return this.object(e, scope);
      case "Arrow":
        return this.arrow(e, scope);
      case "Unary":
        return this.unary(e, scope);
      case "Update":
        return this.update(e, scope);
      case "Binary":
        return this.binary(e, scope);
      case "Conditional": {
        const test = this.expr(e.test, scope);
        const a = this.expr(e.consequent, scope);
        const b = this.expr(e.alternate, scope);
        return (env) => (test(env) ? a(env) : b(env));
      }
      case "Assign":
        return this.assign(e, scope);
      case "Member":
      case "Index":
      case "Call":
        return this.link(e, scope, false);
      case "Chain": {
        const inner = this.link(e.expression, scope, true);
        return (env) => {
          const v = inner(env);
          return v === SHORT ? undefined : v;
        };
      }
      case "New":
        return this.construct(e, scope);
    }
  }

  private template(e: A.TemplateLiteral, scope: Scope): Code {
    const quasis = e.quasis;
    const parts = e.expressions.map((x) => this.expr(x, scope));
    const span = e.span;
    return (env) => {
      let s = quasis[0]!;
      let made = 0;
      for (let i = 0; i < parts.length; i++) {
        const v = parts[i]!(env);
        const piece = typeof v === "string" ? v : locatedCall1(span, toStr, v);
        const quasi = quasis[i + 1]!;
        // Charged as `s + piece + quasi` is: the shorter part of each join, and the text of what was converted.
        made += Math.min(s.length, piece.length) + (piece === v ? 0 : piece.length);
        s += piece;
        made += Math.min(s.length, quasi.length);
        s += quasi;
      }
      env.ctx.checkString(s, span);
      env.ctx.allocateChars(made, span);
      return s;
    };
  }

  private read(id: A.Identifier, scope: Scope): Code {
    const found = scope.resolve(id.name);
    if (found) {
      const { binding, hops } = found;
      const slot = binding.slot;
      const checked = found.crossesFunction || id.span.start < binding.initializedAt;
      const span = id.span;
      const name = id.name;
      const tdz = (): never => fail("runtime", `Cannot access '${name}' before initialization`, span);
      if (hops === 0) return checked ? (env) => { const v = env.vars[slot]; return v === UNINITIALIZED ? tdz() : v; } : (env) => env.vars[slot];
      if (hops === 1) return checked ? (env) => { const v = env.parent!.vars[slot]; return v === UNINITIALIZED ? tdz() : v; } : (env) => env.parent!.vars[slot];
      return (env) => {
        let f = env;
        for (let i = 0; i < hops; i++) f = f.parent!;
        const v = f.vars[slot];
        return v === UNINITIALIZED ? tdz() : v;
      };
    }
    switch (id.name) {
      case "runs":
        return (env) => env.ctx.runs();
      case "artifacts":
        return (env) => env.ctx.artifacts();
      case "project":
        return (env) => env.ctx.workspace.project;
    }
    const op = opsByName.get(id.name);
    if (op) {
      const impl = op.impl;
      return () => impl;
    }
    const g = globals.get(id.name);
    if (g) {
      const v = g.value;
      return () => v;
    }
    return this.unknownName(id, scope);
  }

  private unknownName(id: A.Identifier, scope: Scope): never {
    const candidates = [...scope.visibleNames(), ...ROOT_NAMES, ...opsByName.keys(), ...globals.keys()];
    const near = closest(id.name, candidates);
    const special = ["globalThis", "window", "process", "require", "eval", "Function", "global", "self"].includes(id.name);
    const why = special ? " (a Weft program cannot reach the host)" : near ? ` (did you mean \`${near}\`?)` : "";
    return fail("type", `unknown name \`${id.name}\`${why}`, id.span);
  }

  /** Writes a variable: resolves it, and refuses constants, roots, ops and builtins at compile time. */
  private writer(id: A.Identifier, scope: Scope): (env: Frame, v: Value) => void {
    const found = scope.resolve(id.name);
    if (!found) {
      if ((ROOT_NAMES as readonly string[]).includes(id.name) || opsByName.has(id.name) || globals.has(id.name)) {
        fail("type", `cannot assign to \`${id.name}\`: it is a builtin; declare your own with \`let\``, id.span);
      }
      return this.unknownName(id, scope);
    }
    const b: Binding = found.binding;
    if (b.kind === "const") fail("type", `cannot assign to \`${id.name}\` because it is a constant`, id.span);
    const { hops } = found;
    const slot = b.slot;
    const name = id.name;
    const span = id.span;
    return (env, v) => {
      let f = env;
      for (let i = 0; i < hops; i++) f = f.parent!;
      if (f.vars[slot] === UNINITIALIZED) fail("runtime", `Cannot access '${name}' before initialization`, span);
      f.vars[slot] = v;
    };
  }

  private elements(items: readonly (A.Expression | A.Spread)[], scope: Scope): (env: Frame) => Value[] {
    if (items.every((x) => x.kind !== "Spread")) {
      const codes = items.map((x) => this.expr(x as A.Expression, scope));
      return (env) => {
        const out = new Array<Value>(codes.length);
        for (let i = 0; i < codes.length; i++) out[i] = codes[i]!(env);
        return out;
      };
    }
    const parts = items.map((x) => (x.kind === "Spread" ? { spread: true, code: this.expr(x.argument, scope), span: x.span } : { spread: false, code: this.expr(x, scope), span: x.span }));
    return (env) => {
      const out: Value[] = [];
      for (const p of parts) {
        const v = p.code(env);
        if (!p.spread) out.push(v);
        else if (Array.isArray(v)) {
          env.ctx.arrayMade(out.length + v.length, v.length, p.span);
          for (let i = 0; i < v.length; i++) out.push(v[i]);
        } else if (typeof v === "string") {
          env.ctx.arrayMade(out.length + v.length, v.length, p.span);
          for (const c of v) out.push(c);
        } else fail("runtime", `${typeName(v)} is not iterable, so it cannot be spread into a list`, p.span);
      }
      return out;
    };
  }

  private array(e: A.ArrayLiteral, scope: Scope): Code {
    if (e.elements.some((x) => x.kind === "Elision")) return this.arrayWithHoles(e, scope);
    const make = this.elements(e.elements as (A.Expression | A.Spread)[], scope);
    // What spreads copy is charged as it is copied; the literal's own elements, here.
    const own = e.elements.filter((x) => x.kind !== "Spread").length;
    const span = e.span;
    return (env) => {
      const out = make(env);
      env.ctx.arrayMade(out.length, own, span);
      return out;
    };
  }

  /** An array literal with holes: each elision lengthens the array without setting an element, as V8 does. */
  private arrayWithHoles(e: A.ArrayLiteral, scope: Scope): Code {
    const parts = e.elements.map((x) => (x.kind === "Elision" ? undefined : this.elements([x], scope)));
    return (env) => {
      const out: Value[] = [];
      for (const part of parts) {
        if (part === undefined) out.length++;
        else for (const v of part(env)) out.push(v);
      }
      env.ctx.arrayMade(out.length, out.length, e.span);
      return out;
    };
  }

  private object(e: A.ObjectLiteral, scope: Scope): Code {
    const parts = e.properties.map((p) => {
      if (p.kind === "Spread") return { spread: this.expr(p.argument, scope), key: undefined, computed: undefined, value: undefined, span: p.span };
      if (typeof p.key === "string") {
        if (p.key === "__proto__" && !p.shorthand) fail("syntax", "`__proto__` cannot be used as a key in Weft", p.span);
        return { spread: undefined, key: p.key, computed: undefined, value: this.expr(p.value, scope), span: p.span };
      }
      return { spread: undefined, key: undefined, computed: this.expr(p.key, scope), value: this.expr(p.value, scope), span: p.span };
    });
    return (env) => {
      const out = newObject();
      for (const p of parts) {
        if (p.spread) {
          spreadInto(out, p.spread(env), env.ctx);
          continue;
        }
        const key = p.key ?? String(locatedCall1(p.span, toPropertyKey, p.computed!(env)));
        out[key] = p.value!(env);
      }
      const n = Object.keys(out).length;
      env.ctx.checkObjectSize(n, e.span);
      env.ctx.allocateElements(n, e.span);
      noteObjectSize(out, n);
      return out;
    };
  }

  private arrow(e: A.ArrowFunction, scope: Scope): Code {
    const arrowsBefore = ++this.arrowsCompiled;
    const fnScope = new Scope(scope, true);
    const params = e.params.map((p) => {
      for (const id of declaredIdentifiers(p.target)) {
        if (fnScope.declare(id, "param", p.span.end) === "duplicate") fail("syntax", `duplicate parameter name \`${id.name}\``, id.span);
      }
      return p;
    });
    const binders = params.map((p) => ({ bind: this.binder(p.target, fnScope), def: p.defaultValue ? this.expr(p.defaultValue, fnScope) : undefined, rest: p.rest }));
    let body: (frame: Frame) => Value;
    if (e.body.kind === "Block") {
      const stmts = this.block(e.body.body, fnScope, false);
      body = (frame) => (stmts(frame) === RETURN ? frame.ctx.returnValue : undefined);
    } else {
      body = this.expr(e.body, fnScope);
    }
    const simple = params.every((p) => p.target.kind === "Identifier" && !p.defaultValue && !p.rest);
    const n = params.length;
    // With no function inside it, nothing can hold on to a call's frame once the call returns:
    // the next call may take it again instead of allocating one (a callback run once per run).
    const reusable = this.arrowsCompiled === arrowsBefore;
    // The call depth needs no try/finally: Weft has no way to catch an error, so one always ends
    // the whole evaluation, and each evaluation (or session input) starts again from depth 0.
    const size = fnScope.size;
    return (env) => {
      const ctx = env.ctx;
      let spare: Frame | undefined;
      /** A frame for a call: the spare one, its locals uninitialised again, or a new one. */
      const frameFor = (): Frame => {
        const frame = spare;
        if (frame === undefined) return new Frame(newSlots(size), env, ctx);
        spare = undefined;
        clearSlots(frame.vars, n);
        return frame;
      };
      if (simple && n === 1) {
        return (a: Value) => {
          ctx.step();
          ctx.enter();
          const frame = frameFor();
          frame.vars[0] = a;
          const r = body(frame);
          ctx.depth--;
          if (reusable) spare = frame;
          return r;
        };
      }
      if (simple && n === 2) {
        return (a: Value, b: Value) => {
          ctx.step();
          ctx.enter();
          const frame = frameFor();
          frame.vars[0] = a;
          frame.vars[1] = b;
          const r = body(frame);
          ctx.depth--;
          if (reusable) spare = frame;
          return r;
        };
      }
      return (...args: Value[]) => {
        ctx.step();
        ctx.enter();
        const frame = new Frame(newSlots(size), env, ctx);
        if (simple) for (let i = 0; i < n; i++) frame.vars[i] = args[i];
        else {
          for (let i = 0; i < binders.length; i++) {
            const b = binders[i]!;
            let v = b.rest ? args.slice(i) : args[i];
            if (v === undefined && b.def) v = b.def(frame);
            b.bind(frame, v);
          }
        }
        const r = body(frame);
        ctx.depth--;
        return r;
      };
    };
  }

  private unary(e: A.Unary, scope: Scope): Code {
    const arg = this.expr(e.argument, scope);
    const span = e.span;
    switch (e.operator) {
      case "!":
        return (env) => !arg(env);
      case "-":
        return (env) => {
          const v = arg(env);
          return typeof v === "number" ? -v : -locatedCall1(span, toNumber, v);
        };
      case "+":
        return (env) => {
          const v = arg(env);
          return typeof v === "number" ? v : locatedCall1(span, toNumber, v);
        };
      case "typeof":
        return (env) => typeof arg(env);
    }
  }

  private update(e: A.Update, scope: Scope): Code {
    const delta = e.operator === "++" ? 1 : -1;
    if (e.prefix) return this.modify(e.target, scope, e.span, (old) => toNumber(old) + delta);
    // `x++` answers the old value as a number. The node keeps it here between computing and
    // answering: nothing runs in between but the write (toNumber, which may call a program's
    // valueOf and so this node again, returns before the assignment).
    let oldNumber = 0;
    return this.modify(e.target, scope, e.span, (old) => {
      const n = toNumber(old);
      oldNumber = n;
      return n + delta;
    }, () => oldNumber);
  }

  /**
   * Reads a target, computes its new value, and writes it back: the shared shape of `x++`,
   * `x += y` and `o.k ??= v`. The expression's value is the new one, or `answer()` where given;
   * `compute` may return `KEEP` to skip the write, and the value is then the old one.
   */
  private modify(target: A.AssignTarget, scope: Scope, span: Span, compute: (old: Value, env: Frame) => Value | typeof KEEP, answer?: () => Value): Code {
    if (target.kind === "Identifier") {
      const read = this.read(target, scope);
      const write = this.writer(target, scope);
      return (env) => {
        const old = read(env);
        const v = locatedCall2(span, compute, old, env);
        if (v === KEEP) return old;
        write(env, v);
        return answer ? answer() : v;
      };
    }
    const object = this.expr(target.object, scope);
    const key = target.kind === "Member" ? constantKey(target.property) : this.keyCode(target.index, scope);
    const tspan = target.span;
    return (env) => {
      const o = object(env);
      const k = key(env);
      const old = getMember(o, k, tspan);
      const v = locatedCall2(span, compute, old, env);
      if (v === KEEP) return old;
      setMember(o, k, v, tspan);
      return answer ? answer() : v;
    };
  }

  private keyCode(index: A.Expression, scope: Scope): (env: Frame) => string | number {
    const code = this.expr(index, scope);
    const span = index.span;
    return (env) => {
      const k = code(env);
      return typeof k === "number" || typeof k === "string" ? k : locatedCall1(span, toPropertyKey, k);
    };
  }

  private assign(e: A.Assign, scope: Scope): Code {
    const value = this.expr(e.value, scope);
    const span = e.span;
    if (e.operator === "=") {
      if (e.target.kind === "Identifier") {
        const write = this.writer(e.target, scope);
        return (env) => {
          const v = value(env);
          write(env, v);
          return v;
        };
      }
      const target = e.target;
      const object = this.expr(target.object, scope);
      const key = target.kind === "Member" ? constantKey(target.property) : this.keyCode(target.index, scope);
      return (env) => {
        const o = object(env);
        const k = key(env);
        const v = value(env);
        setMember(o, k, v, target.span);
        return v;
      };
    }
    const combine: (old: Value, env: Frame) => Value | typeof KEEP = (() => {
      switch (e.operator) {
        case "+=": return (old, env) => {
          const rhs = value(env);
          const sum = add(old, rhs);
          return typeof sum === "string" ? env.ctx.concatenated(sum, old, rhs) : sum;
        };
        case "-=": return (old, env) => { const rhs = value(env); return toNumber(old) - toNumber(rhs); };
        case "*=": return (old, env) => { const rhs = value(env); return toNumber(old) * toNumber(rhs); };
        case "/=": return (old, env) => { const rhs = value(env); return toNumber(old) / toNumber(rhs); };
        case "**=": return (old, env) => { const rhs = value(env); return toNumber(old) ** toNumber(rhs); };
        case "%=": return (old, env) => { const rhs = value(env); return toNumber(old) % toNumber(rhs); };
        case "||=": return (old, env) => (old ? KEEP : value(env));
        case "&&=": return (old, env) => (!old ? KEEP : value(env));
        case "??=": return (old, env) => (old !== null && old !== undefined ? KEEP : value(env));
      }
    })();
    return this.modify(e.target, scope, span, combine);
  }

  private binary(e: A.Binary, scope: Scope): Code {
    const l = this.expr(e.left, scope);
    const r = this.expr(e.right, scope);
    const span = e.span;
    switch (e.operator) {
      case "&&":
        return (env) => l(env) && r(env);
      case "||":
        return (env) => l(env) || r(env);
      case "??":
        return (env) => l(env) ?? r(env);
      case "===":
        return (env) => l(env) === r(env);
      case "!==":
        return (env) => l(env) !== r(env);
      case "==":
        return (env) => { const a = l(env); return locatedCall2(span, looseEquals, a, r(env)); };
      case "!=":
        return (env) => { const a = l(env); return !locatedCall2(span, looseEquals, a, r(env)); };
      case "+":
        return (env) => {
          const a = l(env);
          const b = r(env);
          if (typeof a === "number" && typeof b === "number") return a + b;
          const v = locatedCall2(span, add, a, b);
          return typeof v === "string" ? concatenatedAt(span, env.ctx, v, a, b) : v;
        };
      case "<":
        return (env) => { const a = l(env); const b = r(env); return typeof a === "number" && typeof b === "number" ? a < b : locatedCall2(span, less, a, b); };
      case ">":
        return (env) => { const a = l(env); const b = r(env); return typeof a === "number" && typeof b === "number" ? a > b : locatedCall2(span, greater, a, b); };
      case "<=":
        return (env) => { const a = l(env); const b = r(env); return typeof a === "number" && typeof b === "number" ? a <= b : locatedCall2(span, lessOrEqual, a, b); };
      case ">=":
        return (env) => { const a = l(env); const b = r(env); return typeof a === "number" && typeof b === "number" ? a >= b : locatedCall2(span, greaterOrEqual, a, b); };
      default: {
        const op = arithmetic[e.operator];
        const numeric = (a: Value, b: Value) => op(toNumber(a), toNumber(b));
        return (env) => {
          const a = l(env);
          const b = r(env);
          if (typeof a === "number" && typeof b === "number") return op(a, b);
          return locatedCall2(span, numeric, a, b);
        };
      }
    }
  }

  /** Member access, index access and calls; inside an optional chain, `SHORT` passes through to the chain's end. */
  private link(e: A.Member | A.Index | A.Call, scope: Scope, inChain: boolean): Code {
    const sub = (x: A.Expression): Code => (inChain && (x.kind === "Member" || x.kind === "Index" || x.kind === "Call") ? this.link(x, scope, true) : this.expr(x, scope));
    if (e.kind === "Member") {
      const object = sub(e.object);
      const name = e.property;
      const span = e.propertySpan;
      this.refuseDangerous(name, span);
      const optional = e.optional;
      const read = namedMemberReader(name, span);
      if (!inChain) return (env) => read(object(env));
      return (env) => {
        const o = object(env);
        if (o === SHORT) return SHORT;
        if (optional && (o === null || o === undefined)) return SHORT;
        return read(o);
      };
    }
    if (e.kind === "Index") {
      const object = sub(e.object);
      const key = this.keyCode(e.index, scope);
      const span = e.span;
      const optional = e.optional;
      return (env) => {
        const o = object(env);
        if (o === SHORT) return SHORT;
        if (optional && (o === null || o === undefined)) return SHORT;
        return getMember(o, key(env), span);
      };
    }
    return this.call(e, scope, inChain, sub);
  }

  private refuseDangerous(name: string, span: Span): void {
    if (name === "__proto__" || name === "constructor" || name === "prototype") {
      fail("type", `\`${name}\` is not accessible in Weft`, span);
    }
  }

  private call(e: A.Call, scope: Scope, inChain: boolean, sub: (x: A.Expression) => Code): Code {
    // Each argument is compiled once, by whichever path below is taken: compiling them twice
    // would double the work at every level of `f(f(f(…)))`.
    const span = e.span;
    const optional = e.optional;
    const callee = e.callee;
    if (callee.kind === "Member") {
      // A method call: the receiver's type picks the method.
      const object = sub(callee.object);
      const name = callee.property;
      this.refuseDangerous(name, callee.propertySpan);
      const memberOptional = callee.optional;
      // Errors of a method call point at the method's name and arguments, not at the receiver.
      const methodSpan: Span = { ...span, start: callee.propertySpan.start, line: callee.propertySpan.line, column: callee.propertySpan.column };
      // The receiver, or SHORT where the chain ends here: `o?.m(…)` with no `o`, or `o.m?.(…)`
      // with no method `m`, evaluates none of its arguments.
      const receiver = (env: Frame): Value => {
        const o = object(env);
        if (o === SHORT || (memberOptional && (o === null || o === undefined))) return SHORT;
        if (!optional) return o;
        try {
          return methodAbsent(o, name, span) ? SHORT : o;
        } catch (err) {
          throw locate(err, methodSpan);
        }
      };
      if (e.args.length <= 2 && e.args.every((x) => x.kind !== "Spread")) {
        // The common case, `xs.push(x)`, `s.slice(0, 3)`: the arguments go to the method one by one, no array between.
        const callNamed = namedMethodCaller(name, methodSpan);
        const argc = e.args.length;
        const [first, second] = e.args.map((x) => this.expr(x as A.Expression, scope));
        return (env) => {
          const o = receiver(env);
          if (o === SHORT) return SHORT;
          const a = first === undefined ? undefined : first(env);
          const b = second === undefined ? undefined : second(env);
          try {
            return callNamed(o, argc, a, b);
          } catch (err) {
            throw locate(err, methodSpan);
          }
        };
      }
      const args = this.elements(e.args, scope);
      return (env) => {
        const o = receiver(env);
        if (o === SHORT) return SHORT;
        const a = args(env);
        try {
          return callMethod(o, name, a, methodSpan);
        } catch (err) {
          throw locate(err, methodSpan);
        }
      };
    }
    const name = calleeName(callee);
    const direct = inChain ? undefined : this.directCall(e, scope, name);
    if (direct) return direct;
    const f = sub(callee);
    const args = this.elements(e.args, scope);
    return (env) => {
      const fn = f(env);
      if (fn === SHORT) return SHORT;
      if (optional && (fn === null || fn === undefined)) return SHORT;
      const a = args(env);
      try {
        return callValue(fn, a, name, span);
      } catch (err) {
        throw locate(err, span);
      }
    };
  }

  /**
   * A call with no spread and at most three arguments, of an op or of a function value: the
   * arguments go straight to the function, with no array between.
   */
  private directCall(e: A.Call, scope: Scope, name: string): Code | undefined {
    if (e.optional || e.args.length > 3 || e.args.some((a) => a.kind === "Spread")) return undefined;
    const args = e.args.map((a) => this.expr(a as A.Expression, scope));
    const span = e.span;
    const op = e.callee.kind === "Identifier" && !scope.resolve(e.callee.name) ? opsByName.get(e.callee.name) : undefined;
    const f: Code = op ? ((impl) => () => impl)(op.impl) : this.expr(e.callee, scope);
    const notCallable = (v: Value): never => fail("runtime", `\`${name}\` is not a function${typeName(v) === name ? "" : ` (it is ${typeName(v)})`}`, span);
    const [a0, a1, a2] = args;
    type Fn = (...x: Value[]) => Value;
    switch (args.length) {
      case 0:
        return (env) => {
          const g = f(env);
          if (typeof g !== "function") return notCallable(g);
          try { return (g as Fn)(); } catch (err) { throw locate(err, span); }
        };
      case 1:
        return (env) => {
          const g = f(env);
          const x = a0!(env);
          if (typeof g !== "function") return notCallable(g);
          try { return (g as Fn)(x); } catch (err) { throw locate(err, span); }
        };
      case 2:
        return (env) => {
          const g = f(env);
          const x = a0!(env);
          const y = a1!(env);
          if (typeof g !== "function") return notCallable(g);
          try { return (g as Fn)(x, y); } catch (err) { throw locate(err, span); }
        };
      default:
        return (env) => {
          const g = f(env);
          const x = a0!(env);
          const y = a1!(env);
          const z = a2!(env);
          if (typeof g !== "function") return notCallable(g);
          try { return (g as Fn)(x, y, z); } catch (err) { throw locate(err, span); }
        };
    }
  }

  private construct(e: A.New, scope: Scope): Code {
    const callee = this.read(e.callee, scope);
    const args = this.elements(e.args, scope);
    const span = e.span;
    return (env) => {
      const c = callee(env);
      if (c !== DATE_CONSTRUCTOR) fail("runtime", `only \`new Date(…)\` can be constructed in Weft, not \`new ${e.callee.name}\``, span);
      const a = args(env);
      return locatedCall1(span, constructDate, a);
    };
  }
}

const arithmetic: Record<"-" | "*" | "/" | "%" | "**", (a: number, b: number) => number> = {
  "-": (a, b) => a - b,
  "*": (a, b) => a * b,
  "/": (a, b) => a / b,
  "%": (a, b) => a % b,
  "**": (a, b) => a ** b,
};

const less = (a: Value, b: Value) => relational(a, b, "<");
const greater = (a: Value, b: Value) => relational(a, b, ">");
const lessOrEqual = (a: Value, b: Value) => relational(a, b, "<=");
const greaterOrEqual = (a: Value, b: Value) => relational(a, b, ">=");

/** `ctx.concatenated(s, a, b)`, its limit error located at `span`. */
function concatenatedAt(span: Span, ctx: EvalContext, s: string, a: Value, b: Value): string {
  try {
    return ctx.concatenated(s, a, b);
  } catch (e) {
    throw locate(e, span);
  }
}

function relational(a: Value, b: Value, op: "<" | ">" | "<=" | ">="): boolean {
  const pa = toPrimitive(a, "number") as number | string;
  const pb = toPrimitive(b, "number") as number | string;
  switch (op) {
    case "<": return pa < pb;
    case ">": return pa > pb;
    case "<=": return pa <= pb;
    case ">=": return pa >= pb;
  }
}

/** Whether a block declares one of `names` itself (`for (const x of xs) { const x = … }`). */
function declaresAny(block: A.Block, names: readonly A.Identifier[]): boolean {
  const taken = new Set(names.map((id) => id.name));
  return block.body.some((s) => s.kind === "VarDecl" && s.declarations.some((d) => declaredIdentifiers(d.target).some((id) => taken.has(id.name))));
}

function constantKey(name: string): () => string {
  return () => name;
}

function spreadInto(out: Record<string, Value>, v: Value, ctx: EvalContext): void {
  if (v === null || v === undefined || typeof v === "number" || typeof v === "boolean" || typeof v === "function") return;
  const source = isEntity(v) ? entityJson(v) : v;
  if (typeof source === "string") {
    for (let i = 0; i < source.length; i++) out[i] = source[i];
    return;
  }
  if (source instanceof Date) return;
  const keys = Object.keys(source as object);
  ctx.addSteps(keys.length);
  for (const k of keys) out[k] = ctx.view((source as Record<string, Value>)[k]);
}

export { runtimeError };
