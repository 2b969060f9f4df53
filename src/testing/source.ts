/**
 * Source text around programs: the same program written differently (`source`, `sourceVariants`),
 * and text that is mostly not a program at all (`tokenSoup`, `garbled`, `text`), for the parser.
 */
import fc from "fast-check";
import type { IToken } from "chevrotain";
import { tokenize, tokens as T } from "../../grammar/index.js";
import { parseProgram } from "../parse.js";
import type * as A from "../ast.js";
import { program } from "./program.js";

// ---------------------------------------------------------------------------------------------
// Variants that keep the meaning

/** The choices one variant makes; every list shrinks towards "change nothing". */
interface Choices {
  /** Add the optional `;` after every statement that has none. */
  readonly semicolons: boolean;
  /** Expressions to parenthesise, as indices (modulo their number) into the ones that may be. */
  readonly wraps: readonly number[];
  /** The separator between token i and i+1 (and before the first and after the last), by number: see GAPS. */
  readonly gaps: readonly number[];
  /** Write line breaks as `\r\n`. */
  readonly crlf: boolean;
}

/** Separators by choice number; 0 keeps the original. */
const GAPS = ["", " ", "  ", "\t", "\n", "\n    ", "/* c */", "// c\n", " /* two\nlines */ ", ""] as const;

/** The statements of a program, in every statement list (blocks and arrows' blocks included), with their list. */
function visitStatements(program: A.Program, visit: (s: A.Statement, list: readonly A.Statement[], index: number) => void): void {
  const lists: (readonly A.Statement[])[] = [program.body];
  const seen = new Set<unknown>();
  const walk = (v: unknown): void => {
    if (v === null || typeof v !== "object" || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) {
      for (const x of v) walk(x);
      return;
    }
    const n = v as { kind?: string };
    if (n.kind === "Block") lists.push((n as A.Block).body);
    for (const [k, x] of Object.entries(n)) if (k !== "span" && k !== "propertySpan") walk(x);
  };
  walk(program);
  for (const list of lists) list.forEach((s, i) => visit(s, list, i));
}

/** Inserts the `;` that ASI would: after expression statements, declarations and returns that lack one. */
function addSemicolons(src: string): string {
  const ast = parseProgram(src);
  const at: number[] = [];
  visitStatements(ast, (s) => {
    if ((s.kind === "ExpressionStatement" || s.kind === "VarDecl" || s.kind === "Return") && src[s.span.end - 1] !== ";") at.push(s.span.end);
  });
  return insert(src, at.map((i) => [i, ";"]));
}

function insert(src: string, edits: readonly (readonly [number, string])[]): string {
  let out = src;
  for (const [i, text] of [...edits].sort((a, b) => b[0] - a[0])) out = out.slice(0, i) + text + out.slice(i);
  return out;
}

/**
 * The expressions that parentheses may go around without changing anything: not an assignment or
 * update target (`(x) = 1` is refused), not a link inside an optional chain (`(a?.b).c` differs
 * from `a?.b.c`), not `new`'s name, not a shorthand property's value. Each with whether it starts
 * an expression statement that follows another in its list (it then needs a `;` before it, or
 * the line before would call it).
 */
function wrappable(ast: A.Program): { span: A.Expression["span"]; leading: boolean }[] {
  const out: { span: A.Expression["span"]; leading: boolean }[] = [];
  const statementStarts = new Set<number>();
  visitStatements(ast, (s, _list, i) => {
    if (s.kind === "ExpressionStatement" && i > 0) statementStarts.add(s.span.start);
  });
  const expr = (e: A.Expression, ok: boolean): void => {
    if (ok) out.push({ span: e.span, leading: statementStarts.has(e.span.start) });
    switch (e.kind) {
      case "Template":
        e.expressions.forEach((x) => expr(x, true));
        break;
      case "Array":
        for (const x of e.elements) if (x.kind === "Spread") expr(x.argument, true);
        else if (x.kind !== "Elision") expr(x, true);
        break;
      case "Object":
        for (const p of e.properties) {
          if (p.kind === "Spread") expr(p.argument, true);
          else {
            if (typeof p.key !== "string") expr(p.key, true);
            expr(p.value, !p.shorthand);
          }
        }
        break;
      case "Arrow":
        e.params.forEach(param);
        if (e.body.kind === "Block") statement(e.body);
        else expr(e.body, true);
        break;
      case "Unary":
        expr(e.argument, true);
        break;
      case "Update":
        target(e.target);
        break;
      case "Binary":
        expr(e.left, true);
        expr(e.right, true);
        break;
      case "Conditional":
        expr(e.test, true);
        expr(e.consequent, true);
        expr(e.alternate, true);
        break;
      case "Assign":
        target(e.target);
        expr(e.value, true);
        break;
      case "Member":
        expr(e.object, true);
        break;
      case "Index":
        expr(e.object, true);
        expr(e.index, true);
        break;
      case "Call":
        expr(e.callee, true);
        args(e.args);
        break;
      case "Chain":
        spine(e.expression);
        break;
      case "New":
        args(e.args);
        break;
    }
  };
  const args = (xs: readonly (A.Expression | A.Spread)[]) => xs.forEach((x) => expr(x.kind === "Spread" ? x.argument : x, true));
  /** A chain's links: their parts may be wrapped, the links themselves not; its base may. */
  const spine = (e: A.Expression): void => {
    if (e.kind === "Member") spine(e.object);
    else if (e.kind === "Index") {
      spine(e.object);
      expr(e.index, true);
    } else if (e.kind === "Call") {
      spine(e.callee);
      args(e.args);
    } else expr(e, true);
  };
  const target = (t: A.AssignTarget): void => {
    if (t.kind === "Member") expr(t.object, true);
    else if (t.kind === "Index") {
      expr(t.object, true);
      expr(t.index, true);
    }
  };
  const pattern = (p: A.Pattern): void => {
    if (p.kind === "ArrayPattern") {
      for (const el of p.elements) if (el.kind === "PatternElement") {
        pattern(el.target);
        if (el.defaultValue) expr(el.defaultValue, true);
      }
      if (p.rest) pattern(p.rest);
    } else if (p.kind === "ObjectPattern") {
      for (const prop of p.properties) {
        pattern(prop.target);
        if (prop.defaultValue) expr(prop.defaultValue, true);
      }
    }
  };
  const param = (p: A.Parameter): void => {
    pattern(p.target);
    if (p.defaultValue) expr(p.defaultValue, true);
  };
  const statement = (s: A.Statement): void => {
    switch (s.kind) {
      case "ExpressionStatement":
        expr(s.expression, true);
        break;
      case "VarDecl":
        for (const d of s.declarations) {
          pattern(d.target);
          if (d.init) expr(d.init, true);
        }
        break;
      case "If":
        expr(s.test, true);
        statement(s.consequent);
        if (s.alternate) statement(s.alternate);
        break;
      case "ForOf":
        pattern(s.target);
        expr(s.iterable, true);
        statement(s.body);
        break;
      case "Return":
        if (s.argument) expr(s.argument, true);
        break;
      case "Block":
        s.body.forEach(statement);
        break;
      case "Empty":
        break;
    }
  };
  ast.body.forEach(statement);
  return out;
}

function addParentheses(src: string, wraps: readonly number[]): string {
  if (wraps.length === 0) return src;
  const candidates = wrappable(parseProgram(src));
  if (candidates.length === 0) return src;
  const chosen = new Set(wraps.map((w) => w % candidates.length));
  // Per offset: the closers of the expressions that end there, then one `;` if any opener needs it, then the openers.
  const at = new Map<number, { close: number; open: number; semicolon: boolean }>();
  const slot = (i: number) => at.get(i) ?? (at.set(i, { close: 0, open: 0, semicolon: false }), at.get(i)!);
  for (const i of chosen) {
    const { span, leading } = candidates[i]!;
    const start = slot(span.start);
    start.open++;
    start.semicolon ||= leading;
    slot(span.end).close++;
  }
  return insert(src, [...at].map(([i, s]) => [i, ")".repeat(s.close) + (s.semicolon ? ";" : "") + "(".repeat(s.open)] as const));
}

const NO_SPACE_AFTER = new Set([T.TemplateStart, T.TemplateChars]);
const NO_SPACE_BEFORE = new Set([T.TemplateChars, T.TemplateEnd, T.TemplateSubstStart]);
/** A line break here would end a statement (`return`), make `++` a prefix, or split an arrow. */
const NO_BREAK_AFTER = new Set([T.Return]);
const NO_BREAK_BEFORE = new Set([T.PlusPlus, T.MinusMinus, T.Arrow]);

function respace(src: string, gaps: readonly number[], crlf: boolean): string {
  const { tokens, errors } = tokenize(src);
  if (errors.length > 0) return src;
  let out = "";
  let last = 0;
  const gap = (i: number, original: string, prev: IToken | undefined, next: IToken | undefined): string => {
    if ((prev && NO_SPACE_AFTER.has(prev.tokenType)) || (next && NO_SPACE_BEFORE.has(next.tokenType))) return original;
    const choice = gaps[i] ?? 0;
    if (choice === 0) return original;
    let text: string = GAPS[choice % GAPS.length]!;
    const breaks = /[\n\r\u2028\u2029]/.test(text);
    const breakAllowed = !(prev && NO_BREAK_AFTER.has(prev.tokenType)) && !(next && NO_BREAK_BEFORE.has(next.tokenType));
    if (breaks && !breakAllowed) text = " ";
    if (/[\n\r\u2028\u2029]/.test(original) && !/[\n\r\u2028\u2029]/.test(text)) text += "\n";
    if (original !== "" && text === "") text = " ";
    return crlf ? text.replace(/\r?\n/g, "\r\n") : text;
  };
  tokens.forEach((t, i) => {
    out += gap(i, src.slice(last, t.startOffset), tokens[i - 1], t) + t.image;
    last = t.endOffset! + 1;
  });
  return out + gap(tokens.length, src.slice(last), tokens[tokens.length - 1], undefined);
}

/** Applies one variant's choices to a program's source. A source that does not parse is returned as it is. */
function rewrite(src: string, c: Choices): string {
  try {
    let out = c.semicolons ? addSemicolons(src) : src;
    out = addParentheses(out, c.wraps);
    return respace(out, c.gaps, c.crlf);
  } catch {
    return src;
  }
}

const choices: fc.Arbitrary<Choices> = fc.record({
  semicolons: fc.boolean(),
  wraps: fc.array(fc.nat(), { maxLength: 4 }),
  gaps: fc.array(fc.nat({ max: GAPS.length - 1 }), { maxLength: 300 }),
  crlf: fc.boolean(),
});

export interface SourceOptions {
  /** The programs to vary (default: `program()`). */
  of?: fc.Arbitrary<string>;
}

/**
 * A program and the same program written differently: other whitespace and line breaks (`\r\n`
 * too), comments, the optional semicolons, extra parentheses around expressions. The variant
 * means what the original means (same value, same console output; its syntax tree differs at
 * most in spans and in empty statements).
 */
export function sourceVariants(options: SourceOptions = {}): fc.Arbitrary<{ original: string; variant: string }> {
  return fc.tuple(options.of ?? program(), choices).map(([original, c]) => ({ original, variant: rewrite(original, c) }));
}

/** Programs written in every way that keeps their meaning (see `sourceVariants`). */
export function source(options: SourceOptions = {}): fc.Arbitrary<string> {
  return sourceVariants(options).map((v) => v.variant);
}

// ---------------------------------------------------------------------------------------------
// Text for the parser

/** Token texts: every punctuator, keyword and unsupported word, names, literals good and broken, stray characters. */
const TOKEN_TEXTS: readonly string[] = [
  ...["=>", "...", "?.", "??=", "??", "?", "===", "!==", "==", "!=", "&&=", "||=", "&&", "||", "**=", "**", "++", "--", "+=", "-=", "*=", "/=", "%=", "<=", ">=", "<", ">", "+", "-", "*", "/", "%", "!", "=", "|", "&", "(", ")", "[", "]", "{", "}", ",", ";", ":", "."],
  ...["const", "let", "if", "else", "for", "of", "return", "new", "typeof", "true", "false", "null", "undefined"],
  ...["function", "class", "var", "while", "this", "import", "delete", "in", "instanceof", "throw", "try", "async", "await", "yield", "as"],
  ...["runs", "artifacts", "project", "runName", "runSummary", "runConfig", "artifactVersions", "Math", "JSON", "Date", "console", "x", "r", "constructor", "__proto__"],
  ...["0", "1", "0.5", ".5", "5.", "1e9", "1e", "0x1F", "0x", "0b2", "0o8", "1_000", "1__0", "08", "1n", "1e400"],
  ...['"a"', "'b'", '"\\x4"', '"\\u{110000}"', '"\\1"', '"unterminated', "'", "`", "`a${", "${", "`t`", "\\"],
  ...["@", "#", "~", "^", "\u0000", "\u00a0", "\ufeff", "\u2028", "😀", "\ud800", "é", "/*", "*/", "//"],
];
const SEPARATORS = ["", " ", " ", "\n", "\t", "\r\n", "\r"];

/** Random sequences of token texts, joined by nothing, spaces or line breaks: text that lexes, mostly, and rarely parses. */
export function tokenSoup(options: { maxTokens?: number } = {}): fc.Arbitrary<string> {
  const item = fc.tuple(fc.constantFrom(...TOKEN_TEXTS), fc.constantFrom(...SEPARATORS));
  return fc.array(item, { maxLength: options.maxTokens ?? 30 }).map((items) => items.map(([t, s]) => t + s).join(""));
}

/** Characters that matter to a lexer, and any others. */
const CHARS = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(..."(){}[]<>=!?.,;:+-*/%&|^~`'\"\\$@#_ \t\n\r0123456789eEaxXrnu") },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
);

/** Random text, weighted towards the characters a lexer cares about. */
export function text(options: { maxLength?: number } = {}): fc.Arbitrary<string> {
  return fc.array(CHARS, { maxLength: options.maxLength ?? 60 }).map((cs) => cs.join(""));
}

type Edit = readonly ["delete" | "insert" | "duplicate" | "swap", number, number, string];

function applyEdit(src: string, [kind, at, length, token]: Edit): string {
  if (src.length === 0) return token;
  const i = at % (src.length + 1);
  switch (kind) {
    case "delete":
      return src.slice(0, i) + src.slice(i + 1 + length);
    case "insert":
      return src.slice(0, i) + token + src.slice(i);
    case "duplicate":
      return src.slice(0, i) + src.slice(i, i + 1 + length * 4) + src.slice(i);
    case "swap": {
      const j = (i + 1 + length) % src.length;
      const [a, b] = i < j ? [i, j] : [j, i];
      return src.slice(0, a) + (src[b] ?? "") + src.slice(a + 1, b) + (src[a] ?? "") + src.slice(b + 1);
    }
  }
}

/**
 * Programs with one to three small edits (a character deleted, a token inserted, a slice
 * duplicated, two characters swapped): near-misses, the text a parser meets most while a user types.
 */
export function garbled(options: SourceOptions = {}): fc.Arbitrary<string> {
  const edit = fc.tuple(fc.constantFrom<Edit[0]>("delete", "insert", "duplicate", "swap"), fc.nat(), fc.nat({ max: 3 }), fc.constantFrom(...TOKEN_TEXTS));
  return fc.tuple(options.of ?? program(), fc.array(edit, { minLength: 1, maxLength: 3 })).map(([src, edits]) => edits.reduce(applyEdit, src));
}
