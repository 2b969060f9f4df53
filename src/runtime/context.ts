/**
 * One evaluation's state: its clock, its console, its limits and their counters, and, for a
 * program that may write, its own copy-on-first-touch view of the workspace.
 */
import { WeftError, IsolationNeeded, type ConsoleEntry } from "../errors.js";
import type { RunLimits } from "../limits.js";
import type { Span } from "../source.js";
import { isEntity, type Artifact, type Run, type Workspace } from "../workspace/entities.js";
import type { Value } from "./values.js";

const ISOLATION_NEEDED = new IsolationNeeded();

/** Work (characters, elements) big enough that the clock is read after it, not only every 4096 steps. */
const BIG_WORK = 1 << 16;

export class EvalContext {
  readonly console: ConsoleEntry[] = [];
  steps = 0;
  depth = 0;
  /** Bytes made so far, as `maxAllocation` estimates them. */
  allocated = 0;
  /** The value of the `return` that is unwinding a function body. */
  returnValue: Value = undefined;
  private deadline: number;
  /** The evaluation's own copies of workspace data, by original (only when `isolating`). */
  private readonly copies = new Map<object, object>();

  constructor(
    readonly workspace: Workspace,
    /** Milliseconds since the epoch that `new Date()` and `Date.now()` answer. */
    readonly now: number,
    readonly limits: Readonly<RunLimits>,
    /** Whether workspace data is copied before it is handed out, so that the program may write to it. */
    readonly isolating: boolean,
  ) {
    this.deadline = this.deadlineFromNow();
  }

  private deadlineFromNow(): number {
    return this.limits.timeoutMs > 0 ? Date.now() + this.limits.timeoutMs : Infinity;
  }

  private ownRuns: Run[] | undefined;
  private ownArtifacts: Artifact[] | undefined;

  /**
   * The `runs` root as this evaluation sees it: its own copy, made on first use, so neither the
   * program (`runs.sort(…)`) nor an embedder holding the answer can reorder the workspace's.
   */
  runs(): readonly Run[] {
    return (this.ownRuns ??= this.workspace.runs.slice());
  }

  /** The `artifacts` root as this evaluation sees it: its own copy, as `runs`. */
  artifacts(): readonly Artifact[] {
    return (this.ownArtifacts ??= this.workspace.artifacts.slice());
  }

  /** Starts a new program of a session: fresh counters and a fresh deadline. */
  restart(): void {
    this.steps = 0;
    this.depth = 0;
    this.allocated = 0;
    this.console.length = 0;
    this.deadline = this.deadlineFromNow();
  }

  /** Counts one step of work; every 4096 steps, looks at the clock. */
  step(): void {
    if (++this.steps > this.limits.maxSteps) {
      throw new WeftError("limit", `the evaluation took more than ${this.limits.maxSteps} steps (raise limits.maxSteps or --max-steps)`);
    }
    if ((this.steps & 4095) === 0) this.checkDeadline();
  }

  /** Counts `n` steps at once, for a builtin that visits `n` elements. */
  addSteps(n: number): void {
    this.steps += n;
    this.step();
    if (n >= BIG_WORK) this.checkDeadline();
  }

  /** Reads the clock now: after work big enough (a long string, a long array) that 4096 steps of it could overrun the deadline. */
  private checkDeadline(): void {
    if (Date.now() > this.deadline) {
      throw new WeftError("limit", `the evaluation ran longer than ${this.limits.timeoutMs} ms (raise limits.timeoutMs or --timeout)`);
    }
  }

  /** Charges `n` characters the program made to `maxAllocation`, at two bytes each (the host's widest). */
  allocateChars(n: number, span?: Span): void {
    this.allocate(2 * n, span);
  }

  /** Charges `n` elements or keys the program made to `maxAllocation`, at eight bytes each (a pointer). */
  allocateElements(n: number, span?: Span): void {
    this.allocate(8 * n, span);
  }

  /** `span`: where, for a caller that no `locate` wraps (a literal, a template). */
  private allocate(bytes: number, span?: Span): void {
    this.allocated += bytes;
    if (this.allocated > this.limits.maxAllocation) {
      throw new WeftError("limit", `the evaluation made more than ${this.limits.maxAllocation} bytes of strings, arrays and objects in all (raise limits.maxAllocation or --max-allocation)`, span);
    }
    if (bytes >= BIG_WORK) this.checkDeadline();
  }

  /**
   * Checks what a builtin answered against the size limits and charges it, unless it is what it
   * was called on (`push`, `sort`, a `trim` with nothing to trim): a string's characters or an
   * array's elements. A result no longer than its input is still made: `"abcd".toUpperCase()`
   * under a `maxStringLength` of 3 is refused, though the literal was not.
   */
  made<V extends Value>(v: V, self?: Value): V {
    if (v !== self) {
      if (typeof v === "string") {
        this.checkStringLength(v.length);
        this.allocateChars(v.length);
      } else if (Array.isArray(v)) this.arrayMade(v.length, v.length);
    }
    return v;
  }

  /**
   * A string `+` made of `a` and `b`: checked against `maxStringLength`, and charged the shorter
   * part (the host joins strings without copying them, so building a string piece by piece costs
   * its final length, while doubling one costs what it makes) plus whatever was converted to a
   * string to make it (`"" + array` makes the array's text).
   */
  concatenated(s: string, a: Value, b: Value): string {
    this.checkStringLength(s.length);
    const aIsString = typeof a === "string";
    const bIsString = typeof b === "string";
    const left = aIsString ? a.length : bIsString ? s.length - b.length : s.length;
    const right = s.length - left;
    this.allocateChars(Math.min(left, right) + (aIsString ? 0 : left) + (bIsString ? 0 : right));
    return s;
  }

  enter(): void {
    if (++this.depth > this.limits.maxCallDepth) {
      this.depth = 0;
      throw new WeftError("limit", `calls nested more than ${this.limits.maxCallDepth} deep: is a function calling itself without end? (raise limits.maxCallDepth or --max-call-depth)`);
    }
  }

  /** An array of `length` elements, `added` of them new to this evaluation: held to `maxArrayLength`, charged to `maxAllocation`. */
  arrayMade(length: number, added: number, span?: Span): void {
    this.checkArrayLength(length, span);
    this.allocateElements(added, span);
  }

  /** `span`: where the array grows, for a caller that no `locate` wraps (a write by index or `length`). */
  checkArrayLength(n: number, span?: Span): void {
    if (n > this.limits.maxArrayLength) {
      throw new WeftError("limit", `an array would have ${n} elements, over the limit of ${this.limits.maxArrayLength} (raise limits.maxArrayLength or --max-array-length)`, span);
    }
  }

  checkString(s: string, span?: Span): string {
    this.checkStringLength(s.length, span);
    return s;
  }

  checkStringLength(n: number, span?: Span): void {
    if (n > this.limits.maxStringLength) {
      throw new WeftError("limit", `a string would be ${n} characters long, over the limit of ${this.limits.maxStringLength} (raise limits.maxStringLength or --max-string-length)`, span);
    }
    if (n >= BIG_WORK) this.checkDeadline();
  }

  checkObjectSize(n: number, span?: Span): void {
    if (n > this.limits.maxObjectSize) {
      throw new WeftError("limit", `an object would have ${n} keys, over the limit of ${this.limits.maxObjectSize} (raise limits.maxObjectSize or --max-object-size)`, span);
    }
  }

  /**
   * Called before a write into frozen, i.e. the workspace's, data: an evaluation that is not
   * isolating must not change it, so it starts again isolating. (Entities' fields are refused by
   * the caller; isolating evaluations never hold frozen data but entities.)
   */
  writingWorkspaceData(): void {
    if (!this.isolating) throw ISOLATION_NEEDED;
  }

  /**
   * What the program sees of a value read from the workspace. Workspace data is frozen; a program
   * that may write gets its own copy on first touch, the same copy every time after, so identity
   * holds within the evaluation and nothing leaks into the next one.
   */
  view<V>(v: V): V {
    // Small enough for V8 to inline at every op that reads workspace data; the copying is apart.
    return this.isolating ? this.ownCopy(v) : v;
  }

  private ownCopy<V>(v: V): V {
    if (v === null || typeof v !== "object" || !Object.isFrozen(v) || isEntity(v)) return v;
    const known = this.copies.get(v);
    if (known) return known as V;
    let copy: object;
    if (v instanceof Date) copy = new Date(v.getTime());
    else if (Array.isArray(v)) {
      const arr: Value[] = [];
      this.copies.set(v, arr);
      for (const x of v) arr.push(this.ownCopy(x));
      return arr as V;
    } else {
      const obj: Record<string, Value> = Object.create(Object.getPrototypeOf(v));
      this.copies.set(v, obj);
      for (const key of Object.keys(v)) obj[key] = this.ownCopy((v as Record<string, Value>)[key]);
      return obj as V;
    }
    this.copies.set(v, copy);
    return copy as V;
  }
}
