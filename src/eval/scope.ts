/**
 * Compile-time scopes: every declared name gets a slot in a frame, so that a variable read at run
 * time is an array index a known number of frames up, not a lookup by name.
 */
import type * as A from "../ast.js";
import type { Value } from "../runtime/values.js";
import type { EvalContext } from "../runtime/context.js";

export type DeclKind = "const" | "let" | "param";

export interface Binding {
  readonly name: string;
  readonly kind: DeclKind;
  readonly slot: number;
  /** Where the declaration ends: a read after it, in the same function, needs no initialisation check. */
  readonly initializedAt: number;
  readonly declaration: A.Identifier;
}

export class Scope {
  private readonly bindings = new Map<string, Binding>();

  constructor(
    readonly parent: Scope | undefined,
    /** Whether this scope is a function's own (its parameters and top-level declarations). */
    readonly isFunction: boolean,
  ) {}

  get size(): number {
    return this.bindings.size;
  }

  declare(id: A.Identifier, kind: DeclKind, initializedAt: number): Binding | "duplicate" {
    if (this.bindings.has(id.name)) return "duplicate";
    const binding: Binding = { name: id.name, kind, slot: this.bindings.size, initializedAt, declaration: id };
    this.bindings.set(id.name, binding);
    return binding;
  }

  own(name: string): Binding | undefined {
    return this.bindings.get(name);
  }

  /** The binding a name resolves to, how many frames up it lives, and whether a function boundary lies between. */
  resolve(name: string): { binding: Binding; hops: number; crossesFunction: boolean } | undefined {
    let hops = 0;
    let crossesFunction = false;
    for (let s: Scope | undefined = this; s; s = s.parent) {
      const b = s.bindings.get(name);
      if (b) return { binding: b, hops, crossesFunction };
      if (s.isFunction) crossesFunction = true;
      hops++;
    }
    return undefined;
  }

  /** Every name visible here, for "did you mean" suggestions. */
  visibleNames(): string[] {
    const names: string[] = [];
    for (let s: Scope | undefined = this; s; s = s.parent) names.push(...s.bindings.keys());
    return names;
  }
}

/** The run-time frame of a scope: its slots, its parent frame, and the evaluation it belongs to. */
export class Frame {
  constructor(
    readonly vars: Value[],
    readonly parent: Frame | undefined,
    readonly ctx: EvalContext,
  ) {}
}

/** The value of a slot whose declaration has not run yet (JavaScript's temporal dead zone). */
export const UNINITIALIZED: unique symbol = Symbol("uninitialized");

export function newSlots(n: number): Value[] {
  const vars = new Array<Value>(n);
  clearSlots(vars, 0);
  return vars;
}

/** Puts a reused frame's slots from `from` on back in the dead zone, as a new frame's are. */
export function clearSlots(vars: Value[], from: number): void {
  for (let i = from; i < vars.length; i++) vars[i] = UNINITIALIZED;
}

/** The names a list of statements declares directly (not in nested blocks or functions). */
export function declaredIdentifiers(pattern: A.Pattern, out: A.Identifier[] = []): A.Identifier[] {
  switch (pattern.kind) {
    case "Identifier":
      out.push(pattern);
      break;
    case "ArrayPattern":
      for (const e of pattern.elements) if (e.kind === "PatternElement") declaredIdentifiers(e.target, out);
      if (pattern.rest) declaredIdentifiers(pattern.rest, out);
      break;
    case "ObjectPattern":
      for (const p of pattern.properties) declaredIdentifiers(p.target, out);
      if (pattern.rest) out.push(pattern.rest);
      break;
  }
  return out;
}
