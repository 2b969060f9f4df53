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
  /** Milliseconds of wall-clock time, or 0 for no deadline. */
  timeoutMs: number;
}

export const DEFAULT_COMPILE_LIMITS: Readonly<CompileLimits> = Object.freeze({
  maxSourceLength: 1_000_000,
  maxNesting: 200,
  maxAstNodes: 200_000,
});

export const DEFAULT_RUN_LIMITS: Readonly<RunLimits> = Object.freeze({
  maxSteps: 50_000_000,
  maxCallDepth: 400,
  maxArrayLength: 10_000_000,
  maxStringLength: 100_000_000,
  maxObjectSize: 1_000_000,
  timeoutMs: 0,
});
