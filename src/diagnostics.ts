/** Errors as a person reads them: what went wrong, where, and the source line with a caret under the place. */
import type { WeftError } from "./errors.js";
import { SourceText, renderCaret } from "./source.js";

export function renderError(error: WeftError, source?: string): string {
  const head = `${error.kind} error: ${error.message}`;
  if (error.line === undefined || error.column === undefined) return head;
  const where = `  at ${error.line}:${error.column}`;
  if (source === undefined) return `${head}\n${where}`;
  const text = new SourceText(source);
  const caret = renderCaret(text, { line: error.line, column: error.column, endLine: error.endLine ?? error.line, endColumn: error.endColumn ?? error.column + 1 });
  return `${head}\n${where}\n${caret}`;
}
