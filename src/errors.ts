import type { Span } from "./source.js";

/** What went wrong, in the terms of SPEC §4: the CLI's `error.kind` and the API's `WeftError.kind`. */
export type ErrorKind = "syntax" | "type" | "runtime" | "limit" | "data" | "usage";

/** A line of console output captured during an evaluation. */
export interface ConsoleEntry {
  readonly level: "log" | "warn" | "error";
  readonly text: string;
}

/** The one error class Weft throws: every failure a user can cause is one of these. */
export class WeftError extends Error {
  override readonly name = "WeftError";
  readonly kind: ErrorKind;
  /** 1-based position in the program's source, where the error has one. */
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly endLine: number | undefined;
  readonly endColumn: number | undefined;
  /** What the program printed before a runtime or limit error. */
  console: ConsoleEntry[] | undefined;

  constructor(kind: ErrorKind, message: string, span?: Pick<Span, "line" | "column"> & Partial<Pick<Span, "endLine" | "endColumn">>) {
    super(message);
    this.kind = kind;
    this.line = span?.line;
    this.column = span?.column;
    this.endLine = span?.endLine ?? span?.line;
    this.endColumn = span?.endColumn ?? (span ? span.column + 1 : undefined);
    this.console = undefined;
  }
}

/**
 * Thrown when a program that runs without its own view of the workspace is about to write into
 * workspace data: the evaluation starts again from the beginning, isolating (api.ts). Evaluation
 * is deterministic and has no effect outside its context, so the first attempt leaves no trace.
 * Not an Error, so that no handler of host errors mistakes it for one.
 */
export class IsolationNeeded {
  readonly reason = "a program wrote into workspace data";
}

/** Whether the host ran out of stack. Uses no regular expression: there may be no stack left to run one. */
export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && e.message.includes("call stack");
}

export function isWeftError(e: unknown): e is WeftError {
  return e instanceof WeftError;
}
