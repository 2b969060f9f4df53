/** A problem the checker found: an error stops the program from running; a warning does not. */
import type { Span } from "../source.js";

export interface Diagnostic {
  readonly severity: "error" | "warning";
  readonly kind: "syntax" | "type" | "limit";
  readonly message: string;
  readonly span: Span;
}

/** The `weft check --json` form of a diagnostic. */
export function diagnosticJson(d: Diagnostic): object {
  return { severity: d.severity, kind: d.kind, message: d.message, line: d.span.line, column: d.span.column, endLine: d.span.endLine, endColumn: d.span.endColumn };
}
