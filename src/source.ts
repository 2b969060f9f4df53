/** A range of source text. Offsets are 0-based and `end` is exclusive; lines and columns are 1-based. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** Line starts of a text, for turning offsets into lines and columns. */
export class SourceText {
  private readonly lineStarts: number[];

  constructor(readonly text: string) {
    this.lineStarts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // As the lexer counts them: \n, \r\n, and a lone \r.
      if (c === 10 /* \n */ || (c === 13 /* \r */ && text.charCodeAt(i + 1) !== 10)) this.lineStarts.push(i + 1);
    }
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo]! + 1 };
  }

  /** The offset of a 1-based line and column (clamped to the text). */
  offset(line: number, column: number): number {
    const start = this.lineStarts[Math.min(Math.max(line, 1), this.lineStarts.length) - 1]!;
    return Math.min(start + Math.max(column, 1) - 1, this.text.length);
  }

  span(start: number, end: number): Span {
    const a = this.position(start);
    const b = this.position(end);
    return { start, end, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const start = this.lineStarts[line - 1];
    if (start === undefined) return "";
    const next = this.lineStarts[line];
    const end = next === undefined ? this.text.length : next - 1;
    return this.text.slice(start, end).replace(/\r$/, "");
  }
}

/** The source line of a span with a caret underline beneath it, as a compiler prints it. */
export function renderCaret(source: SourceText, span: Pick<Span, "line" | "column" | "endLine" | "endColumn">): string {
  const text = source.lineText(span.line);
  const gutter = `${span.line} | `;
  const width = span.endLine === span.line ? Math.max(1, span.endColumn - span.column) : Math.max(1, text.length - span.column + 1);
  const pad = " ".repeat(gutter.length - 2) + "| " + text.slice(0, span.column - 1).replace(/[^\t]/g, " ");
  return `${gutter}${text}\n${pad}${"^".repeat(width)}`;
}
