/**
 * Source text to AST. The builder here is the only code that knows the shape of the CST; it also
 * applies operator precedence (the grammar parses binary operators flat) and decodes literals.
 */
import type { CstNode, CstElement, IToken, IRecognitionException } from "chevrotain";
import { tokenize, parseTokens, parseTypeTokens, describeToken, tokens as T } from "../grammar/index.js";
import type * as A from "./ast.js";
import { WeftError, isStackOverflow } from "./errors.js";
import { SourceText, type Span } from "./source.js";
import { DEFAULT_COMPILE_LIMITS, type CompileLimits } from "./limits.js";

export function parseProgram(text: string, limits: Partial<CompileLimits> = {}): A.Program {
  const max = { ...DEFAULT_COMPILE_LIMITS, ...limits };
  if (text.length > max.maxSourceLength) {
    throw new WeftError("limit", `the source is ${text.length} characters long, over the limit of ${max.maxSourceLength} (raise limits.maxSourceLength)`, { line: 1, column: 1 });
  }
  const source = new SourceText(text);
  const tokens = lexOrThrow(text, source);
  if (tokens.length > max.maxAstNodes) {
    throw new WeftError("limit", `the program has ${tokens.length} tokens, over the limit of ${max.maxAstNodes} syntax nodes (raise limits.maxAstNodes)`, { line: 1, column: 1 });
  }
  checkNesting(tokens, max.maxNesting);
  const { cst, errors } = guardDepth(() => parseTokens(tokens));
  if (errors.length > 0) throw syntaxError(errors[0]!, source);
  const program = guardDepth(() => new AstBuilder(source).program(cst));
  const nodes = guardDepth(() => countNodes(program));
  if (nodes > max.maxAstNodes) {
    throw new WeftError("limit", `the program has ${nodes} syntax nodes, over the limit of ${max.maxAstNodes} (raise limits.maxAstNodes)`, { line: 1, column: 1 });
  }
  return program;
}

/** Parses a type written as TypeScript writes it: `(run: Run) => string`, `ArtifactVersion | undefined`. */
export function parseType(text: string): A.TypeNode {
  const source = new SourceText(text);
  const tokens = lexOrThrow(text, source);
  const { cst, errors } = parseTypeTokens(tokens);
  if (errors.length > 0) throw syntaxError(errors[0]!, source);
  return new AstBuilder(source).type(cst);
}

function lexOrThrow(text: string, source: SourceText): IToken[] {
  const { tokens, errors } = tokenize(text);
  // A `}` with no `{` is reported by the parser, which knows what it expected instead.
  const error = errors.find((e) => text[e.offset] !== "}");
  if (error) {
    const ch = text[error.offset]!;
    const message =
      ch === '"' || ch === "'"
        ? "unterminated string literal"
        : ch === "#" || ch === "@"
          ? `unexpected character \`${ch}\``
          : `unexpected character \`${ch}\``;
    throw new WeftError("syntax", message, source.span(error.offset, error.offset + Math.max(1, Math.min(error.length, 1))));
  }
  return tokens;
}

/** Refuses bracket nesting past the limit before the recursive parser could exhaust the stack. */
function checkNesting(tokens: IToken[], maxNesting: number): void {
  let depth = 0;
  for (const t of tokens) {
    const type = t.tokenType;
    if (type === T.LParen || type === T.LBracket || type === T.LCurly || type === T.TemplateSubstStart || type === T.TemplateStart) {
      if (++depth > maxNesting) {
        throw new WeftError("limit", `brackets nest more than ${maxNesting} deep (raise limits.maxNesting)`, tokenSpan(t));
      }
    } else if (type === T.RParen || type === T.RBracket || type === T.RCurly || type === T.TemplateEnd) {
      depth = Math.max(0, depth - 1);
    }
  }
}

/** Deeply nested source that the bracket check cannot see (`!!!!…x`) ends as a limit error, not a crash. */
export function guardDepth<R>(f: () => R): R {
  try {
    return f();
  } catch (e) {
    // Chevrotain runs out of room with an "Invalid array length" of its own on very deep input.
    if (isStackOverflow(e) || (e instanceof RangeError && e.message.includes("Invalid array length"))) {
      throw new WeftError("limit", "the program nests too deeply to process (lower its nesting; limits.maxNesting bounds brackets)", { line: 1, column: 1 });
    }
    throw e;
  }
}

function syntaxError(error: IRecognitionException, source: SourceText): WeftError {
  const token = error.token;
  const unsupported = token.tokenType === T.Unsupported ? unsupportedMessage(token.image) : undefined;
  let message = unsupported ?? error.message;
  if (!unsupported && token.tokenType === T.Colon && /line break/.test(message)) {
    message += " (a statement that starts with `{` is a block: wrap an object literal in parentheses, `({ … })`)";
  }
  if (!unsupported && token.tokenType === T.LCurly && /expected an expression/.test(message)) {
    message += " (a statement that starts with `{` is a block: wrap an object literal in parentheses, `({ … })`)";
  }
  if (Number.isNaN(token.startOffset) || token.startOffset === undefined || token.tokenType.name === "EOF") {
    const end = source.text.length;
    return new WeftError("syntax", message, source.span(end, end));
  }
  return new WeftError("syntax", message, tokenSpan(token));
}

const UNSUPPORTED_HINTS: Record<string, string> = {
  function: "use an arrow function: `const f = (x) => …`",
  var: "use `const` or `let`",
  while: "use `for (const x of xs)` or an array method",
  do: "use `for (const x of xs)` or an array method",
  class: "use object literals",
  this: "arrow functions have no `this` in Weft",
  import: "every op and builtin is already in scope",
  export: "a program's value is its last expression",
  switch: "use `if`/`else` or a conditional `a ? b : c`",
  throw: "a program cannot throw",
  try: "a program cannot catch errors",
  delete: "build a new object without the key instead",
  in: "compare with `!== undefined` instead",
  instanceof: "use `typeof` or `Array.isArray`",
  break: "use an array method such as `find` or `some`",
  continue: "use `if` inside the loop, or `filter` first",
};

function unsupportedMessage(word: string): string {
  const hint = UNSUPPORTED_HINTS[word];
  return `\`${word}\` is not part of Weft${hint ? `; ${hint}` : ""}`;
}

export function tokenSpan(t: IToken, end: IToken = t): Span {
  return {
    start: t.startOffset,
    end: end.endOffset! + 1,
    line: t.startLine!,
    column: t.startColumn!,
    endLine: end.endLine!,
    endColumn: end.endColumn! + 1,
  };
}

function countNodes(program: A.Program): number {
  let n = 0;
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (const x of v) visit(x);
    } else if (v !== null && typeof v === "object" && "kind" in v) {
      n++;
      for (const key in v) if (key !== "span" && key !== "propertySpan") visit((v as Record<string, unknown>)[key]);
    }
  };
  visit(program);
  return n;
}

// The CST → AST builder.

type Children = Record<string, CstElement[] | undefined>;

function kids(node: CstNode): Children {
  return node.children as Children;
}
function nodes(node: CstNode, key: string): CstNode[] {
  return (kids(node)[key] as CstNode[] | undefined) ?? [];
}
function node(node: CstNode, key: string, i = 0): CstNode | undefined {
  return nodes(node, key)[i];
}
function toks(node: CstNode, key: string): IToken[] {
  return (kids(node)[key] as IToken[] | undefined) ?? [];
}
function tok(node: CstNode, key: string, i = 0): IToken | undefined {
  return toks(node, key)[i];
}
function startOf(e: CstElement): number {
  return "image" in e ? e.startOffset : e.location!.startOffset;
}

/** Binding power of each binary operator, as in JavaScript. */
const PRECEDENCE: Record<A.BinaryOperator, number> = {
  "??": 1, "||": 1, "&&": 2,
  "==": 6, "!=": 6, "===": 6, "!==": 6,
  "<": 7, "<=": 7, ">": 7, ">=": 7,
  "+": 9, "-": 9, "*": 10, "/": 10, "%": 10, "**": 11,
};

class AstBuilder {
  /** Expressions written in parentheses: they may mix `??` with `||` and start a `**`. */
  private readonly parenthesized = new WeakSet<A.Expression>();
  /** How many arrow functions enclose the node being built: `return` needs one. */
  private functionDepth = 0;

  constructor(private readonly source: SourceText) {}

  private span(n: CstNode): Span {
    const l = n.location!;
    return { start: l.startOffset, end: l.endOffset! + 1, line: l.startLine!, column: l.startColumn!, endLine: l.endLine!, endColumn: l.endColumn! + 1 };
  }

  private join(a: Span, b: Span): Span {
    return { start: a.start, end: b.end, line: a.line, column: a.column, endLine: b.endLine, endColumn: b.endColumn };
  }

  /**
   * A string or template token's span, from its offsets: Chevrotain gives a token that ends in a
   * line break (a template's text, a string's line continuation) an end column past that line's end.
   */
  private literalSpan(t: IToken): Span {
    return this.source.span(t.startOffset, t.endOffset! + 1);
  }

  private fail(message: string, span: Span): never {
    throw new WeftError("syntax", message, span);
  }

  program(cst: CstNode): A.Program {
    const body = nodes(cst, "statement").map((s) => this.statement(s));
    const span = body.length > 0 ? this.join(body[0]!.span, body[body.length - 1]!.span) : this.source.span(0, 0);
    return { kind: "Program", body, span };
  }

  /** The body of an `if`, `else` or `for`: JavaScript refuses a bare `const`/`let` there. */
  private substatement(n: CstNode): A.Statement {
    const s = this.statement(n);
    if (s.kind === "VarDecl") this.fail("Lexical declaration cannot appear in a single-statement context", s.span);
    return s;
  }

  statement(n: CstNode): A.Statement {
    const c = kids(n);
    if (c.variableDeclaration) return this.variableDeclaration(node(n, "variableDeclaration")!);
    if (c.ifStatement) {
      const s = node(n, "ifStatement")!;
      const [consequent, alternate] = nodes(s, "statement");
      return {
        kind: "If",
        test: this.expression(node(s, "expression")!),
        consequent: this.substatement(consequent!),
        alternate: alternate ? this.substatement(alternate) : undefined,
        span: this.span(s),
      };
    }
    if (c.forOfStatement) {
      const s = node(n, "forOfStatement")!;
      const annotation = node(s, "typeAnnotation");
      return {
        kind: "ForOf",
        declKind: tok(s, "Const") ? "const" : "let",
        target: this.bindingTarget(node(s, "bindingTarget")!),
        type: annotation ? this.typeAnnotation(annotation) : undefined,
        iterable: this.expression(node(s, "expression")!),
        body: this.substatement(node(s, "statement")!),
        span: this.span(s),
      };
    }
    if (c.returnStatement) {
      const s = node(n, "returnStatement")!;
      const e = node(s, "expression");
      if (this.functionDepth === 0) this.fail("`return` belongs inside a block-bodied arrow function; a program's value is its last expression statement", this.span(s));
      return { kind: "Return", argument: e ? this.expression(e) : undefined, span: this.span(s) };
    }
    if (c.block) return this.block(node(n, "block")!);
    if (c.expressionStatement) {
      const s = node(n, "expressionStatement")!;
      const expression = this.expression(node(s, "expression")!);
      return { kind: "ExpressionStatement", expression, span: this.span(s) };
    }
    return { kind: "Empty", span: this.span(n) };
  }

  block(n: CstNode): A.Block {
    return { kind: "Block", body: nodes(n, "statement").map((s) => this.statement(s)), span: this.span(n) };
  }

  variableDeclaration(n: CstNode): A.VarDecl {
    const declKind = tok(n, "Const") ? "const" : "let";
    const declarations = nodes(n, "variableDeclarator").map((d): A.Declarator => {
      const annotation = node(d, "typeAnnotation");
      const init = node(d, "expression");
      const target = this.bindingTarget(node(d, "bindingTarget")!);
      if (!init && declKind === "const") this.fail("a `const` declaration needs a value: `const x = …`", this.span(d));
      if (!init && target.kind !== "Identifier") this.fail("a destructuring declaration needs a value", this.span(d));
      return {
        kind: "Declarator",
        target,
        type: annotation ? this.typeAnnotation(annotation) : undefined,
        init: init ? this.expression(init) : undefined,
        span: this.span(d),
      };
    });
    return { kind: "VarDecl", declKind, declarations, span: this.span(n) };
  }

  bindingTarget(n: CstNode): A.Pattern {
    const id = tok(n, "Identifier");
    if (id) return this.identifier(id);
    const array = node(n, "arrayPattern");
    if (array) {
      const elements: (A.PatternElement | A.Elision)[] = [];
      let rest: A.Pattern | undefined;
      const all = this.withElisions(array, "patternElement");
      all.forEach((e, i) => {
        if (e.kind === "Elision") {
          if (rest) this.fail("a rest element must come last", e.span);
          elements.push(e);
          return;
        }
        const target = this.bindingTarget(node(e.node, "bindingTarget")!);
        const def = node(e.node, "expression");
        if (rest) this.fail("a rest element must come last", this.span(e.node));
        if (tok(e.node, "Ellipsis")) {
          if (def) this.fail("a rest element cannot have a default value", this.span(e.node));
          if (i !== all.length - 1) this.fail("a rest element must come last", this.span(e.node));
          rest = target;
        } else {
          elements.push({ kind: "PatternElement", target, defaultValue: def ? this.expression(def) : undefined, span: this.span(e.node) });
        }
      });
      return { kind: "ArrayPattern", elements, rest, span: this.span(array) };
    }
    const object = node(n, "objectPattern")!;
    const properties: A.PatternProperty[] = [];
    let rest: A.Identifier | undefined;
    const all = nodes(object, "patternProperty");
    all.forEach((p, i) => {
      const def = node(p, "expression");
      const defaultValue = def ? this.expression(def) : undefined;
      if (tok(p, "Ellipsis")) {
        if (i !== all.length - 1) this.fail("a rest property must come last", this.span(p));
        rest = this.identifier(tok(p, "Identifier")!);
        return;
      }
      const name = node(p, "propertyName");
      if (name) {
        properties.push({ kind: "PatternProperty", key: this.propertyName(name), target: this.bindingTarget(node(p, "bindingTarget")!), defaultValue, shorthand: false, span: this.span(p) });
      } else {
        const id = this.identifier(tok(p, "Identifier")!);
        properties.push({ kind: "PatternProperty", key: id.name, target: id, defaultValue, shorthand: true, span: this.span(p) });
      }
    });
    return { kind: "ObjectPattern", properties, rest, span: this.span(object) };
  }

  /**
   * The elements of an array literal or pattern in order, with a hole for each comma that follows
   * another comma or the opening bracket.
   */
  private withElisions(n: CstNode, element: string): ({ kind: "Element"; node: CstNode } | A.Elision)[] {
    const items: (IToken | CstNode)[] = [...toks(n, "Comma"), ...nodes(n, element)];
    items.sort((a, b) => startOf(a) - startOf(b));
    const out: ({ kind: "Element"; node: CstNode } | A.Elision)[] = [];
    let expectingElement = true;
    for (const item of items) {
      if ("image" in item) {
        if (expectingElement) out.push({ kind: "Elision", span: tokenSpan(item) });
        expectingElement = true;
      } else {
        out.push({ kind: "Element", node: item });
        expectingElement = false;
      }
    }
    return out;
  }

  identifier(t: IToken): A.Identifier {
    return { kind: "Identifier", name: t.image, span: tokenSpan(t) };
  }

  /** An `expression` node: an arrow function, a conditional, an assignment or an operand chain. */
  expression(n: CstNode): A.Expression {
    const arrow = node(n, "arrowFunction");
    if (arrow) return this.arrow(arrow);
    const left = this.binary(node(n, "binaryExpression")!);
    const inner = nodes(n, "expression");
    if (tok(n, "Question")) {
      const consequent = this.expression(inner[0]!);
      const alternate = this.expression(inner[1]!);
      return { kind: "Conditional", test: left, consequent, alternate, span: this.join(left.span, alternate.span) };
    }
    const op = tok(n, "AssignmentOperator");
    if (!op) return left;
    const target = this.assignTarget(left, "assignment");
    const value = this.expression(inner[0]!);
    return { kind: "Assign", operator: op.image as A.AssignOperator, target, value, span: this.join(left.span, value.span) };
  }

  private assignTarget(e: A.Expression, what: string): A.AssignTarget {
    if ((e.kind === "Identifier" || e.kind === "Member" || e.kind === "Index") && !this.parenthesized.has(e)) return e;
    if (e.kind === "Chain") this.fail(`an optional chain cannot be the target of an ${what}`, e.span);
    return this.fail(`invalid ${what} target: only a name, \`obj.key\` or \`obj[key]\` can be assigned`, e.span);
  }

  arrow(n: CstNode): A.ArrowFunction {
    const paramsNode = node(n, "arrowParameters")!;
    const single = tok(paramsNode, "Identifier");
    const params: A.Parameter[] = single
      ? [{ kind: "Parameter", target: this.identifier(single), type: undefined, defaultValue: undefined, rest: false, optional: false, span: tokenSpan(single) }]
      : this.parameters(nodes(paramsNode, "parameter"));
    const annotation = node(n, "typeAnnotation");
    const block = node(n, "block");
    this.functionDepth++;
    const body = block ? this.block(block) : this.expression(node(n, "expression")!);
    this.functionDepth--;
    return { kind: "Arrow", params, returnType: annotation ? this.typeAnnotation(annotation) : undefined, body, span: this.span(n) };
  }

  parameters(list: CstNode[]): A.Parameter[] {
    return list.map((p, i) => {
      const rest = tok(p, "Ellipsis") !== undefined;
      if (rest && i !== list.length - 1) this.fail("a rest parameter must come last", this.span(p));
      const annotation = node(p, "typeAnnotation");
      const def = node(p, "expression");
      if (rest && def) this.fail("a rest parameter cannot have a default value", this.span(p));
      return {
        kind: "Parameter",
        target: this.bindingTarget(node(p, "bindingTarget")!),
        type: annotation ? this.typeAnnotation(annotation) : undefined,
        defaultValue: def ? this.expression(def) : undefined,
        rest,
        optional: tok(p, "Question") !== undefined,
        span: this.span(p),
      };
    });
  }

  binary(n: CstNode): A.Expression {
    const operands = nodes(n, "unaryExpression").map((u) => this.unary(u));
    const operators = toks(n, "BinaryOperator");
    let pos = 0;
    let i = 0;
    const climb = (minPrec: number): A.Expression => {
      let left = operands[pos++]!;
      while (i < operators.length) {
        const opToken = operators[i]!;
        const op = opToken.image as A.BinaryOperator;
        const prec = PRECEDENCE[op];
        if (prec < minPrec) break;
        i++;
        if (op === "**" && left.kind === "Unary" && !this.parenthesized.has(left)) {
          this.fail(`a unary \`${left.operator}\` before \`**\` needs parentheses: write \`(${left.operator === "typeof" ? "typeof " : left.operator}x) ** y\``, left.span);
        }
        // `**` is right-associative; the others are left-associative.
        const right = climb(op === "**" ? prec : prec + 1);
        this.checkMixedLogical(op, left, right, opToken);
        left = { kind: "Binary", operator: op, left, right, span: this.join(left.span, right.span) };
      }
      return left;
    };
    return climb(0);
  }

  /** JavaScript refuses `a ?? b || c` without parentheses. */
  private checkMixedLogical(op: A.BinaryOperator, left: A.Expression, right: A.Expression, opToken: IToken): void {
    const clash = (child: A.Expression): boolean =>
      child.kind === "Binary" &&
      !this.parenthesized.has(child) &&
      ((op === "??" && (child.operator === "||" || child.operator === "&&")) || ((op === "||" || op === "&&") && child.operator === "??"));
    if (clash(left) || clash(right)) {
      this.fail("`??` cannot be mixed with `||` or `&&` without parentheses", tokenSpan(opToken));
    }
  }

  /** Prefix operators apply from the innermost (the last written) out. */
  unary(n: CstNode): A.Expression {
    let argument = this.call(node(n, "callExpression")!);
    const c = kids(n);
    if (!(c.Bang || c.Minus || c.Plus || c.Typeof || c.PlusPlus || c.MinusMinus)) return argument;
    const operators = [...toks(n, "Bang"), ...toks(n, "Minus"), ...toks(n, "Plus"), ...toks(n, "Typeof"), ...toks(n, "PlusPlus"), ...toks(n, "MinusMinus")];
    operators.sort((a, b) => b.startOffset - a.startOffset);
    for (const opToken of operators) {
      const span = this.join(tokenSpan(opToken), argument.span);
      argument =
        opToken.image === "++" || opToken.image === "--"
          ? { kind: "Update", operator: opToken.image, prefix: true, target: this.assignTarget(argument, "increment"), span }
          : { kind: "Unary", operator: opToken.image as A.UnaryOperator, argument, span };
    }
    return argument;
  }

  /** A `callExpression` node: its primary expression, its suffixes, and a postfix `++` or `--`. */
  call(n: CstNode): A.Expression {
    const e = this.suffixed(n, this.primary(n));
    const op = tok(n, "PlusPlus") ?? tok(n, "MinusMinus");
    if (!op) return e;
    return { kind: "Update", operator: op.image as "++" | "--", prefix: false, target: this.assignTarget(e, "increment"), span: this.join(e.span, tokenSpan(op)) };
  }

  private suffixed(n: CstNode, primary: A.Expression): A.Expression {
    let e = primary;
    const c = kids(n);
    if (!(c.memberSuffix || c.optionalSuffix || c.indexSuffix || c.arguments)) return e;
    const suffixes = [...nodes(n, "memberSuffix"), ...nodes(n, "optionalSuffix"), ...nodes(n, "indexSuffix"), ...nodes(n, "arguments")];
    suffixes.sort((a, b) => startOf(a) - startOf(b));
    let optionalChain = false;
    for (const s of suffixes) {
      const span = this.join(e.span, this.span(s));
      switch (s.name) {
        case "memberSuffix": {
          const name = tok(s, "IdentifierName")!;
          e = { kind: "Member", object: e, property: name.image, propertySpan: tokenSpan(name), optional: false, span };
          break;
        }
        case "indexSuffix":
          e = { kind: "Index", object: e, index: this.expression(node(s, "expression")!), optional: false, span };
          break;
        case "arguments":
          e = { kind: "Call", callee: e, args: this.arguments(s), optional: false, span };
          break;
        case "optionalSuffix": {
          optionalChain = true;
          const name = tok(s, "IdentifierName");
          const index = node(s, "indexSuffix");
          const args = node(s, "arguments");
          if (name) e = { kind: "Member", object: e, property: name.image, propertySpan: tokenSpan(name), optional: true, span };
          else if (index) e = { kind: "Index", object: e, index: this.expression(node(index, "expression")!), optional: true, span };
          else e = { kind: "Call", callee: e, args: this.arguments(args!), optional: true, span };
          break;
        }
      }
    }
    if (optionalChain) return { kind: "Chain", expression: e as A.Member | A.Index | A.Call, span: e.span };
    return e;
  }

  arguments(n: CstNode): (A.Expression | A.Spread)[] {
    return nodes(n, "argument").map((a) => this.argument(a));
  }

  argument(n: CstNode): A.Expression | A.Spread {
    const value = this.expression(node(n, "expression")!);
    const dots = tok(n, "Ellipsis");
    return dots ? { kind: "Spread", argument: value, span: this.join(tokenSpan(dots), value.span) } : value;
  }

  /** The primary expression that a `callExpression` node starts with. */
  primary(n: CstNode): A.Expression {
    const c = kids(n);
    if (c.Identifier) return this.identifier(tok(n, "Identifier")!);
    if (c.NumberLiteral) {
      const t = tok(n, "NumberLiteral")!;
      return { kind: "Number", value: this.number(t), span: tokenSpan(t) };
    }
    if (c.StringLiteral) {
      const t = tok(n, "StringLiteral")!;
      return { kind: "String", value: this.string(t), span: tokenSpan(t) };
    }
    if (c.templateLiteral) return this.template(node(n, "templateLiteral")!);
    if (c.True) return { kind: "Boolean", value: true, span: tokenSpan(tok(n, "True")!) };
    if (c.False) return { kind: "Boolean", value: false, span: tokenSpan(tok(n, "False")!) };
    if (c.Null) return { kind: "Null", span: tokenSpan(tok(n, "Null")!) };
    if (c.Undefined) return { kind: "Undefined", span: tokenSpan(tok(n, "Undefined")!) };
    if (c.LParen) {
      const inner = this.expression(node(n, "expression")!);
      this.parenthesized.add(inner);
      return inner;
    }
    if (c.arrayLiteral) {
      const a = node(n, "arrayLiteral")!;
      const elements = this.withElisions(a, "argument").map((x) => (x.kind === "Elision" ? x : this.argument(x.node)));
      return { kind: "Array", elements, span: this.span(a) };
    }
    if (c.objectLiteral) return this.object(node(n, "objectLiteral")!);
    const ne = node(n, "newExpression")!;
    const args = node(ne, "arguments");
    return { kind: "New", callee: this.identifier(tok(ne, "Identifier")!), args: args ? this.arguments(args) : [], span: this.span(ne) };
  }

  object(n: CstNode): A.ObjectLiteral {
    const properties = nodes(n, "objectMember").map((m): A.Property | A.Spread => {
      const span = this.span(m);
      if (tok(m, "Ellipsis")) return { kind: "Spread", argument: this.expression(node(m, "expression")!), span };
      const shorthand = tok(m, "Identifier");
      if (shorthand) {
        const id = this.identifier(shorthand);
        return { kind: "Property", key: id.name, value: id, shorthand: true, span };
      }
      const keyNode = node(m, "propertyKey")!;
      const name = node(keyNode, "propertyName");
      const key = name ? this.propertyName(name) : this.expression(node(keyNode, "expression")!);
      return { kind: "Property", key, value: this.expression(node(m, "expression")!), shorthand: false, span };
    });
    return { kind: "Object", properties, span: this.span(n) };
  }

  propertyName(n: CstNode): string {
    const str = tok(n, "StringLiteral");
    if (str) return this.string(str);
    const num = tok(n, "NumberLiteral");
    if (num) return String(this.number(num));
    return tok(n, "IdentifierName")!.image;
  }

  template(n: CstNode): A.TemplateLiteral {
    const parts: (IToken | CstNode)[] = [...toks(n, "TemplateChars"), ...nodes(n, "expression")];
    parts.sort((a, b) => startOf(a) - startOf(b));
    const quasis: string[] = [""];
    const expressions: A.Expression[] = [];
    for (const p of parts) {
      if ("image" in p) quasis[quasis.length - 1] += this.cook(p.image, p, true);
      else {
        expressions.push(this.expression(p));
        quasis.push("");
      }
    }
    return { kind: "Template", quasis, expressions, span: this.span(n) };
  }

  number(t: IToken): number {
    const raw = t.image;
    if (/^0\d/.test(raw)) this.fail("a number cannot start with `0` followed by a digit (legacy octal); write it without the leading zero", tokenSpan(t));
    return Number(raw.replace(/_/g, ""));
  }

  string(t: IToken): string {
    return this.cook(t.image.slice(1, -1), t, false);
  }

  /** Decodes the escapes of a string or template literal's text. */
  private cook(raw: string, t: IToken, template: boolean): string {
    if (!raw.includes("\\") && !(template && raw.includes("\r"))) return raw;
    let out = "";
    for (let i = 0; i < raw.length; i++) {
      const ch = raw[i]!;
      if (ch === "\r" && template) {
        out += "\n";
        if (raw[i + 1] === "\n") i++;
        continue;
      }
      if (ch !== "\\") {
        out += ch;
        continue;
      }
      const next = raw[++i]!;
      switch (next) {
        case "n": out += "\n"; break;
        case "t": out += "\t"; break;
        case "r": out += "\r"; break;
        case "b": out += "\b"; break;
        case "f": out += "\f"; break;
        case "v": out += "\v"; break;
        case "\r":
          if (raw[i + 1] === "\n") i++;
          break;
        case "\n": case "\u2028": case "\u2029":
          break;
        case "x": {
          const hex = raw.slice(i + 1, i + 3);
          if (!/^[0-9a-fA-F]{2}$/.test(hex)) this.fail("invalid `\\x` escape: it needs two hex digits", this.literalSpan(t));
          out += String.fromCharCode(parseInt(hex, 16));
          i += 2;
          break;
        }
        case "u": {
          let hex: string;
          if (raw[i + 1] === "{") {
            const close = raw.indexOf("}", i);
            hex = close < 0 ? "" : raw.slice(i + 2, close);
            if (!/^[0-9a-fA-F]{1,6}$/.test(hex) || parseInt(hex, 16) > 0x10ffff) this.fail("invalid `\\u{…}` escape", this.literalSpan(t));
            i = close;
          } else {
            hex = raw.slice(i + 1, i + 5);
            if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail("invalid `\\u` escape: it needs four hex digits", this.literalSpan(t));
            i += 4;
          }
          out += String.fromCodePoint(parseInt(hex, 16));
          break;
        }
        default:
          if (next === "0" && !/[0-9]/.test(raw[i + 1] ?? "")) out += "\0";
          else if (/[0-9]/.test(next)) this.fail("octal escapes such as `\\1` are not allowed; use `\\x01`", this.literalSpan(t));
          else out += next;
      }
    }
    return out;
  }

  // Types

  typeAnnotation(n: CstNode): A.TypeNode {
    return this.type(node(n, "type")!);
  }

  type(n: CstNode): A.TypeNode {
    const members = nodes(n, "arrayType").map((a) => this.arrayType(a));
    return members.length === 1 ? members[0]! : { kind: "UnionType", types: members, span: this.span(n) };
  }

  private arrayType(n: CstNode): A.TypeNode {
    let t = this.primaryType(node(n, "primaryType")!);
    for (const close of toks(n, "RBracket")) t = { kind: "ArrayType", element: t, span: this.join(t.span, tokenSpan(close)) };
    return t;
  }

  private primaryType(n: CstNode): A.TypeNode {
    const c = kids(n);
    const span = this.span(n);
    if (c.Identifier) return { kind: "TypeRef", name: tok(n, "Identifier")!.image, args: nodes(n, "type").map((t) => this.type(t)), span };
    if (c.Undefined) return { kind: "TypeRef", name: "undefined", args: [], span };
    if (c.Null) return { kind: "LiteralType", value: null, span };
    if (c.True) return { kind: "LiteralType", value: true, span };
    if (c.False) return { kind: "LiteralType", value: false, span };
    if (c.StringLiteral) return { kind: "LiteralType", value: this.string(tok(n, "StringLiteral")!), span };
    if (c.NumberLiteral) return { kind: "LiteralType", value: (c.Minus ? -1 : 1) * this.number(tok(n, "NumberLiteral")!), span };
    if (c.functionType) {
      const f = node(n, "functionType")!;
      return { kind: "FunctionType", params: this.parameters(nodes(f, "parameter")), returns: this.type(node(f, "type")!), span };
    }
    if (c.type) return this.type(node(n, "type")!);
    const tuple = node(n, "tupleType");
    if (tuple) return { kind: "TupleType", elements: nodes(tuple, "type").map((t) => this.type(t)), span };
    const o = node(n, "objectType")!;
    const names = nodes(o, "propertyName");
    const types = nodes(o, "type");
    const questions = toks(o, "Question");
    const members = names.map((name, i): A.ObjectTypeMember => {
      const type = this.type(types[i]!);
      const optional = questions.some((q) => q.startOffset > name.location!.startOffset && q.startOffset < type.span.start);
      return { kind: "ObjectTypeMember", name: this.propertyName(name), optional, type, span: this.join(this.span(name), type.span) };
    });
    return { kind: "ObjectType", members, span };
  }
}

export { describeToken };
