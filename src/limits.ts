import { WeftError } from "./errors.js";
import { closest } from "./suggest.js";

/** The sandbox's limits (SPEC §5): every evaluation runs under them; an embedder may change each. */

/** Checked while a program is parsed and compiled. */
export interface CompileLimits {
  /** Characters of source text. */
  maxSourceLength: number;
  /** Depth of nested brackets. */
  maxNesting: number;
  /** Nodes of the syntax tree. */
  maxAstNodes: number;
}

/** Checked while a program runs. */
export interface RunLimits {
  /** Evaluation steps: each function call and loop iteration, and each element a builtin visits. */
  maxSteps: number;
  /** Nested calls of the program's own functions. */
  maxCallDepth: number;
  /** Elements of an array the program makes. */
  maxArrayLength: number;
  /** Characters of a string the program makes. */
  maxStringLength: number;
  /** Keys of an object the program makes. */
  maxObjectSize: number;
  /**
   * Bytes of strings, arrays and objects the program makes, summed over the evaluation (what it
   * discards counts too), estimated at two bytes a character and eight an element or key: bounds
   * the memory of many values each within its own limit.
   */
  maxAllocation: number;
  /** Milliseconds of wall-clock time, or 0 for no deadline. */
  timeoutMs: number;
}

export const DEFAULT_COMPILE_LIMITS: Readonly<CompileLimits> = Object.freeze({
  maxSourceLength: 1_000_000,
  maxNesting: 100,
  maxAstNodes: 100_000,
});

export const DEFAULT_RUN_LIMITS: Readonly<RunLimits> = Object.freeze({
  maxSteps: 50_000_000,
  maxCallDepth: 400,
  maxArrayLength: 10_000_000,
  maxStringLength: 100_000_000,
  maxObjectSize: 1_000_000,
  maxAllocation: 1_000_000_000,
  timeoutMs: 0,
});

/**
 * The deepest `maxNesting` an embedder may set: the parser is recursive, and in a fresh process
 * (cold code, bigger frames) Node's default stack holds about 190 brackets of the costliest kind
 * (`[[[…]]]`, `f(f(…))`); 150 leaves room for the embedder's own frames below `compile`.
 */
export const MAX_NESTING_CEILING = 150;

/** The compile limits with an embedder's overrides, `maxNesting` at most `MAX_NESTING_CEILING`. */
export function checkedCompileLimits(overrides: Partial<CompileLimits> | undefined): CompileLimits {
  const limits = checkedLimits(DEFAULT_COMPILE_LIMITS, overrides);
  if (limits.maxNesting > MAX_NESTING_CEILING) {
    throw new WeftError("usage", `limits.maxNesting can be at most ${MAX_NESTING_CEILING}, got ${limits.maxNesting}: the parser's stack holds no deeper brackets (nest the program less: name a part with \`const\`)`);
  }
  return limits;
}

/**
 * The defaults with an embedder's overrides, refusing what is not a limit or not a number ≥ 0 (a
 * misspelt key would otherwise leave the default in force without a word).
 */
export function checkedLimits<L extends object>(defaults: Readonly<L>, overrides: Partial<L> | undefined): L {
  for (const [key, value] of Object.entries(overrides ?? {})) {
    if (!(key in defaults)) {
      const near = closest(key, Object.keys(defaults));
      throw new WeftError("usage", `unknown limit \`${key}\`${near ? ` (did you mean \`${near}\`?)` : ""}`);
    }
    if (typeof value !== "number" || Number.isNaN(value) || value < 0) throw new WeftError("usage", `limits.${key} must be a number ≥ 0, got ${String(value)}`);
  }
  return { ...defaults, ...overrides } as L;
}
