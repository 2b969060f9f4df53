/**
 * Weft's grammar as a Chevrotain CST parser: rules only, no semantics. Binary operators are
 * parsed as a flat operand/operator list; the AST builder applies precedence.
 *
 * Semicolons are optional where JavaScript's automatic semicolon insertion would supply them:
 * a statement must end with `;`, a line break, `}` or the end of input.
 */
import { CstParser, EOF, MismatchedTokenException, tokenMatcher, type IToken, type IOrAlt, type TokenType, type IParserErrorMessageProvider } from "chevrotain";
import * as T from "./tokens.js";

/** A bracket the parser has opened and not yet closed, to say which one a missing closer belongs to. */
export interface OpenBracket {
  readonly token: IToken;
  readonly what: string;
}

export class WeftParser extends CstParser {
  /** For each `(` token: the token right after its matching `)`. Filled by `prepare`. */
  private afterClose = new Map<IToken, IToken>();
  /** Brackets open at the parser's current position, innermost last. */
  readonly openBrackets: OpenBracket[] = [];
  /**
   * The alternatives of the ORs with four or more, built at their first call and reused, as
   * Chevrotain's performance guide advises (with fewer, it found the cache slower): made anew on
   * every call, an array of objects holding closures. Their closures capture nothing but the
   * parser, so one array serves every call.
   */
  private readonly alternatives: Partial<Record<"statement" | "unaryExpression" | "callExpression" | "callExpression2" | "primaryType", IOrAlt<unknown>[]>> = {};

  /** `validate` runs Chevrotain's grammar checks (ambiguities, left recursion): the tests do; a start-up need not. */
  constructor(errorMessageProvider: IParserErrorMessageProvider, { validate = false } = {}) {
    super(T.allTokens, { nodeLocationTracking: "full", maxLookahead: 3, errorMessageProvider, recoveryEnabled: false, skipValidations: !validate });
    this.performSelfAnalysis();
  }

  /** Set the tokens to parse, with the bracket matching that arrow detection needs. */
  prepare(tokens: IToken[]): void {
    this.afterClose.clear();
    this.openBrackets.length = 0;
    const stack: IToken[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.tokenType === T.LParen) stack.push(t);
      else if (t.tokenType === T.RParen) {
        const open = stack.pop();
        const next = tokens[i + 1];
        if (open && next) this.afterClose.set(open, next);
      }
    }
    this.input = tokens;
  }

  private open(token: IToken, what: string): void {
    this.ACTION(() => this.openBrackets.push({ token, what }));
  }

  private close(): void {
    this.ACTION(() => this.openBrackets.pop());
  }

  /** The end of a statement: `;`, or a line break, `}` or the end of input before the next token. */
  statementEnd = this.RULE("statementEnd", () => {
    const semicolon = this.OPTION(() => this.CONSUME(T.Semicolon));
    if (semicolon !== undefined) return;
    this.ACTION(() => {
      const next = this.LA(1);
      if (tokenMatcher(next, T.RCurly) || tokenMatcher(next, EOF)) return;
      if (next.startLine! > this.LA(0).endLine!) return;
      const error = new MismatchedTokenException(`expected \`;\` or a line break before ${describeToken(next)}`, next, this.LA(0));
      throw (this as unknown as { SAVE_ERROR(e: Error): Error }).SAVE_ERROR(error);
    });
  });

  /**
   * Between the elements of a list: a comma, or nothing right before the list's closer. The check
   * is an action, so that the comma stays optional in the lookahead Chevrotain computes.
   */
  private separator(closer: TokenType, what: string, occurrence: 1 | 2): void {
    const comma = occurrence === 1 ? this.OPTION(() => this.CONSUME(T.Comma)) : this.OPTION2(() => this.CONSUME2(T.Comma));
    if (comma !== undefined) return;
    this.ACTION(() => {
      const next = this.LA(1);
      if (tokenMatcher(next, closer)) return;
      const open = this.openBrackets[this.openBrackets.length - 1];
      const closing = open ? ` to close the ${open.what} opened at ${open.token.startLine}:${open.token.startColumn}` : "";
      const error = new MismatchedTokenException(`expected \`,\` or ${what}${closing}, found ${describeToken(next)}`, next, this.LA(0));
      throw (this as unknown as { SAVE_ERROR(e: Error): Error }).SAVE_ERROR(error);
    });
  }

  /** `(` ... `)` `=>`, or `(` ... `)` `:` type `=>`: an arrow function's parameter list. */
  private parenArrowAhead(): boolean {
    const open = this.LA(1);
    if (!tokenMatcher(open, T.LParen)) return false;
    const after = this.afterClose.get(open);
    if (!after) return false;
    if (tokenMatcher(after, T.Arrow)) return true;
    return tokenMatcher(after, T.Colon) && this.BACKTRACK(this.arrowHead).call(this);
  }

  program = this.RULE("program", () => {
    this.MANY(() => this.SUBRULE(this.statement));
  });

  statement = this.RULE("statement", () => {
    this.OR((this.alternatives.statement ??= [
      { ALT: () => this.SUBRULE(this.variableDeclaration) },
      { ALT: () => this.SUBRULE(this.ifStatement) },
      { ALT: () => this.SUBRULE(this.forOfStatement) },
      { ALT: () => this.SUBRULE(this.returnStatement) },
      { ALT: () => this.SUBRULE(this.block) },
      { ALT: () => this.CONSUME(T.Semicolon) },
      // A statement that starts with `{` is a block, as in JavaScript.
      { GATE: () => !tokenMatcher(this.LA(1), T.LCurly), ALT: () => this.SUBRULE(this.expressionStatement), IGNORE_AMBIGUITIES: true },
    ]));
  });

  variableDeclaration = this.RULE("variableDeclaration", () => {
    this.OR([{ ALT: () => this.CONSUME(T.Const) }, { ALT: () => this.CONSUME(T.Let) }]);
    this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.variableDeclarator) });
    this.SUBRULE(this.statementEnd);
  });

  variableDeclarator = this.RULE("variableDeclarator", () => {
    this.SUBRULE(this.bindingTarget);
    this.OPTION(() => this.SUBRULE(this.typeAnnotation));
    this.OPTION2(() => {
      this.CONSUME(T.Equals);
      this.SUBRULE(this.expression);
    });
  });

  /** A name or a destructuring pattern. */
  bindingTarget = this.RULE("bindingTarget", () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Identifier) },
      { ALT: () => this.SUBRULE(this.arrayPattern) },
      { ALT: () => this.SUBRULE(this.objectPattern) },
    ]);
  });

  /** `[a, , b]`: a comma with no element before it is a hole (an elision). */
  arrayPattern = this.RULE("arrayPattern", () => {
    const open = this.CONSUME(T.LBracket);
    this.open(open, "array pattern");
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(T.Comma) },
        {
          ALT: () => {
            this.SUBRULE(this.patternElement);
            this.separator(T.RBracket, "`]`", 2);
          },
        },
      ]);
    });
    this.CONSUME(T.RBracket);
    this.close();
  });

  objectPattern = this.RULE("objectPattern", () => {
    const open = this.CONSUME(T.LCurly);
    this.open(open, "object pattern");
    this.MANY_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.patternProperty) });
    this.CONSUME(T.RCurly);
    this.close();
  });

  patternElement = this.RULE("patternElement", () => {
    this.OPTION(() => this.CONSUME(T.Ellipsis));
    this.SUBRULE(this.bindingTarget);
    this.OPTION2(() => {
      this.CONSUME(T.Equals);
      this.SUBRULE(this.expression);
    });
  });

  patternProperty = this.RULE("patternProperty", () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Ellipsis);
          this.CONSUME(T.Identifier);
        },
      },
      {
        GATE: () => tokenMatcher(this.LA(2), T.Colon),
        ALT: () => {
          this.SUBRULE(this.propertyName);
          this.CONSUME(T.Colon);
          this.SUBRULE(this.bindingTarget);
          this.OPTION(() => {
            this.CONSUME(T.Equals);
            this.SUBRULE(this.expression);
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME2(T.Identifier);
          this.OPTION2(() => {
            this.CONSUME2(T.Equals);
            this.SUBRULE2(this.expression);
          });
        },
      },
    ]);
  });

  ifStatement = this.RULE("ifStatement", () => {
    this.CONSUME(T.If);
    const open = this.CONSUME(T.LParen);
    this.open(open, "condition");
    this.SUBRULE(this.expression);
    this.CONSUME(T.RParen);
    this.close();
    this.SUBRULE(this.statement);
    this.OPTION(() => {
      this.CONSUME(T.Else);
      this.SUBRULE2(this.statement);
    });
  });

  forOfStatement = this.RULE("forOfStatement", () => {
    this.CONSUME(T.For);
    const open = this.CONSUME(T.LParen);
    this.open(open, "loop header");
    this.OR([{ ALT: () => this.CONSUME(T.Const) }, { ALT: () => this.CONSUME(T.Let) }]);
    this.SUBRULE(this.bindingTarget);
    this.OPTION(() => this.SUBRULE(this.typeAnnotation));
    this.CONSUME(T.Of);
    this.SUBRULE(this.expression);
    this.CONSUME(T.RParen);
    this.close();
    this.SUBRULE(this.statement);
  });

  returnStatement = this.RULE("returnStatement", () => {
    const ret = this.CONSUME(T.Return);
    // A line break after `return` ends the statement, as in JavaScript.
    this.OPTION({
      GATE: () => {
        const next = this.LA(1);
        return next.startLine === ret.endLine && !tokenMatcher(next, T.Semicolon) && !tokenMatcher(next, T.RCurly) && !tokenMatcher(next, EOF);
      },
      DEF: () => this.SUBRULE(this.expression),
    });
    this.SUBRULE(this.statementEnd);
  });

  block = this.RULE("block", () => {
    const open = this.CONSUME(T.LCurly);
    this.open(open, "block");
    this.MANY(() => this.SUBRULE(this.statement));
    this.CONSUME(T.RCurly);
    this.close();
  });

  expressionStatement = this.RULE("expressionStatement", () => {
    this.SUBRULE(this.expression);
    this.SUBRULE(this.statementEnd);
  });

  /**
   * An expression: an arrow function, a conditional, an assignment or an operand chain. The
   * conditional and the assignment live in this rule, as the primary expressions live in
   * `callExpression` and prefix operators loop in `unaryExpression`, so that each level of
   * brackets costs the parser four rules' worth of stack, not nine.
   */
  expression = this.RULE("expression", () => {
    this.OR([
      {
        GATE: () => (tokenMatcher(this.LA(1), T.Identifier) && tokenMatcher(this.LA(2), T.Arrow)) || this.parenArrowAhead(),
        ALT: () => this.SUBRULE(this.arrowFunction),
      },
      {
        ALT: () => {
          this.SUBRULE(this.binaryExpression);
          this.OPTION(() => {
            this.CONSUME(T.Question);
            this.SUBRULE(this.expression);
            this.CONSUME(T.Colon);
            this.SUBRULE2(this.expression);
          });
          this.OPTION2(() => {
            this.CONSUME(T.AssignmentOperator);
            this.SUBRULE3(this.expression);
          });
        },
      },
    ]);
  });

  /** Everything of an arrow function up to and including `=>`: used to look ahead. */
  arrowHead = this.RULE("arrowHead", () => {
    this.SUBRULE(this.arrowParameters);
    this.OPTION(() => this.SUBRULE(this.typeAnnotation));
    this.CONSUME(T.Arrow);
  });

  arrowFunction = this.RULE("arrowFunction", () => {
    this.SUBRULE(this.arrowParameters);
    this.OPTION(() => this.SUBRULE(this.typeAnnotation));
    this.CONSUME(T.Arrow);
    this.OR([
      { GATE: () => tokenMatcher(this.LA(1), T.LCurly), ALT: () => this.SUBRULE(this.block) },
      { ALT: () => this.SUBRULE(this.expression) },
    ]);
  });

  arrowParameters = this.RULE("arrowParameters", () => {
    this.OR([
      { ALT: () => this.CONSUME(T.Identifier) },
      {
        ALT: () => {
          const open = this.CONSUME(T.LParen);
          this.open(open, "parameter list");
          this.MANY(() => {
            this.SUBRULE(this.parameter);
            this.separator(T.RParen, "`)`", 2);
          });
          this.CONSUME(T.RParen);
          this.close();
        },
      },
    ]);
  });

  parameter = this.RULE("parameter", () => {
    this.OPTION(() => this.CONSUME(T.Ellipsis));
    this.SUBRULE(this.bindingTarget);
    this.OPTION2(() => this.CONSUME(T.Question));
    this.OPTION3(() => this.SUBRULE(this.typeAnnotation));
    this.OPTION4(() => {
      this.CONSUME(T.Equals);
      this.SUBRULE(this.expression);
    });
  });

  /** Operands joined by binary operators, flat; precedence and associativity are the AST builder's. */
  binaryExpression = this.RULE("binaryExpression", () => {
    this.SUBRULE(this.unaryExpression);
    this.MANY(() => {
      this.CONSUME(T.BinaryOperator);
      this.SUBRULE2(this.unaryExpression);
    });
  });

  /** Prefix operators, as a loop (`!!!!x` nests no rules), then their operand. */
  unaryExpression = this.RULE("unaryExpression", () => {
    this.MANY(() => {
      this.OR((this.alternatives.unaryExpression ??= [
        { ALT: () => this.CONSUME(T.Bang) },
        { ALT: () => this.CONSUME(T.Minus) },
        { ALT: () => this.CONSUME(T.Plus) },
        { ALT: () => this.CONSUME(T.Typeof) },
        { ALT: () => this.CONSUME(T.PlusPlus) },
        { ALT: () => this.CONSUME(T.MinusMinus) },
      ]));
    });
    this.SUBRULE(this.callExpression);
  });

  /**
   * A primary expression, then member accesses, index accesses and calls, then `++` or `--` (on
   * the operand's line, as in JavaScript).
   */
  callExpression = this.RULE("callExpression", () => {
    this.OR((this.alternatives.callExpression ??= [
      { ALT: () => this.CONSUME(T.NumberLiteral) },
      { ALT: () => this.CONSUME(T.StringLiteral) },
      { ALT: () => this.SUBRULE(this.templateLiteral) },
      { ALT: () => this.CONSUME(T.True) },
      { ALT: () => this.CONSUME(T.False) },
      { ALT: () => this.CONSUME(T.Null) },
      { ALT: () => this.CONSUME(T.Undefined) },
      { ALT: () => this.CONSUME(T.Identifier) },
      {
        ALT: () => {
          const open = this.CONSUME(T.LParen);
          this.open(open, "parenthesized expression");
          this.SUBRULE(this.expression);
          this.CONSUME(T.RParen);
          this.close();
        },
      },
      { ALT: () => this.SUBRULE(this.arrayLiteral) },
      { ALT: () => this.SUBRULE(this.objectLiteral) },
      { ALT: () => this.SUBRULE(this.newExpression) },
    ]));
    this.MANY(() => {
      this.OR2((this.alternatives.callExpression2 ??= [
        { ALT: () => this.SUBRULE(this.memberSuffix) },
        { ALT: () => this.SUBRULE(this.optionalSuffix) },
        { ALT: () => this.SUBRULE(this.indexSuffix) },
        { ALT: () => this.SUBRULE(this.arguments) },
      ]));
    });
    this.OPTION({
      GATE: () => this.LA(1).startLine === this.LA(0).endLine,
      DEF: () => this.OR3([{ ALT: () => this.CONSUME(T.PlusPlus) }, { ALT: () => this.CONSUME(T.MinusMinus) }]),
    });
  });

  memberSuffix = this.RULE("memberSuffix", () => {
    this.CONSUME(T.Dot);
    this.CONSUME(T.IdentifierName);
  });

  /** `?.name`, `?.[index]` or `?.(arguments)`. */
  optionalSuffix = this.RULE("optionalSuffix", () => {
    this.CONSUME(T.QuestionDot);
    this.OR([
      { ALT: () => this.CONSUME(T.IdentifierName) },
      { ALT: () => this.SUBRULE(this.indexSuffix) },
      { ALT: () => this.SUBRULE(this.arguments) },
    ]);
  });

  indexSuffix = this.RULE("indexSuffix", () => {
    const open = this.CONSUME(T.LBracket);
    this.open(open, "index");
    this.SUBRULE(this.expression);
    this.CONSUME(T.RBracket);
    this.close();
  });

  arguments = this.RULE("arguments", () => {
    const open = this.CONSUME(T.LParen);
    this.open(open, "call");
    this.MANY(() => {
      this.SUBRULE(this.argument);
      this.separator(T.RParen, "`)`", 2);
    });
    this.CONSUME(T.RParen);
    this.close();
  });

  argument = this.RULE("argument", () => {
    this.OPTION(() => this.CONSUME(T.Ellipsis));
    this.SUBRULE(this.expression);
  });

  templateLiteral = this.RULE("templateLiteral", () => {
    const open = this.CONSUME(T.TemplateStart);
    this.open(open, "template literal");
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(T.TemplateChars) },
        {
          ALT: () => {
            const subst = this.CONSUME(T.TemplateSubstStart);
            this.open(subst, "template substitution");
            this.SUBRULE(this.expression);
            this.CONSUME(T.RCurly);
            this.close();
          },
        },
      ]);
    });
    this.CONSUME(T.TemplateEnd);
    this.close();
  });

  /** `[1, , 3]`: a comma with no element before it is a hole (an elision). */
  arrayLiteral = this.RULE("arrayLiteral", () => {
    const open = this.CONSUME(T.LBracket);
    this.open(open, "array");
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(T.Comma) },
        {
          ALT: () => {
            this.SUBRULE(this.argument);
            this.separator(T.RBracket, "`]`", 2);
          },
        },
      ]);
    });
    this.CONSUME(T.RBracket);
    this.close();
  });

  objectLiteral = this.RULE("objectLiteral", () => {
    const open = this.CONSUME(T.LCurly);
    this.open(open, "object");
    this.MANY(() => {
      this.SUBRULE(this.objectMember);
      this.separator(T.RCurly, "`}`", 2);
    });
    this.CONSUME(T.RCurly);
    this.close();
  });

  objectMember = this.RULE("objectMember", () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Ellipsis);
          this.SUBRULE(this.expression);
        },
      },
      {
        GATE: () => !tokenMatcher(this.LA(1), T.Identifier) || tokenMatcher(this.LA(2), T.Colon),
        ALT: () => {
          this.SUBRULE(this.propertyKey);
          this.CONSUME(T.Colon);
          this.SUBRULE2(this.expression);
        },
      },
      // Shorthand `{ name }`.
      { ALT: () => this.CONSUME(T.Identifier) },
    ]);
  });

  propertyKey = this.RULE("propertyKey", () => {
    this.OR([
      { ALT: () => this.SUBRULE(this.propertyName) },
      {
        ALT: () => {
          const open = this.CONSUME(T.LBracket);
          this.open(open, "computed key");
          this.SUBRULE(this.expression);
          this.CONSUME(T.RBracket);
          this.close();
        },
      },
    ]);
  });

  propertyName = this.RULE("propertyName", () => {
    this.OR([
      { ALT: () => this.CONSUME(T.IdentifierName) },
      { ALT: () => this.CONSUME(T.StringLiteral) },
      { ALT: () => this.CONSUME(T.NumberLiteral) },
    ]);
  });

  newExpression = this.RULE("newExpression", () => {
    this.CONSUME(T.New);
    this.CONSUME(T.Identifier);
    this.OPTION(() => this.SUBRULE(this.arguments));
  });

  // Type annotations: checked by the checker, erased at run time.

  typeAnnotation = this.RULE("typeAnnotation", () => {
    this.CONSUME(T.Colon);
    this.SUBRULE(this.type);
  });

  type = this.RULE("type", () => {
    this.OPTION(() => this.CONSUME(T.Pipe));
    this.AT_LEAST_ONE_SEP({ SEP: T.Pipe, DEF: () => this.SUBRULE(this.arrayType) });
  });

  arrayType = this.RULE("arrayType", () => {
    this.SUBRULE(this.primaryType);
    this.MANY(() => {
      this.CONSUME(T.LBracket);
      this.CONSUME(T.RBracket);
    });
  });

  primaryType = this.RULE("primaryType", () => {
    this.OR((this.alternatives.primaryType ??= [
      {
        ALT: () => {
          this.CONSUME(T.Identifier);
          this.OPTION(() => {
            this.CONSUME(T.Less);
            this.AT_LEAST_ONE_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.type) });
            this.CONSUME(T.Greater);
          });
        },
      },
      { ALT: () => this.CONSUME(T.Undefined) },
      { ALT: () => this.CONSUME(T.Null) },
      { ALT: () => this.CONSUME(T.True) },
      { ALT: () => this.CONSUME(T.False) },
      { ALT: () => this.CONSUME(T.StringLiteral) },
      { ALT: () => this.CONSUME(T.NumberLiteral) },
      // A negative number's literal type, `-1`, as TypeScript writes it.
      {
        ALT: () => {
          this.CONSUME(T.Minus);
          this.CONSUME2(T.NumberLiteral);
        },
      },
      { GATE: () => this.functionTypeAhead(), ALT: () => this.SUBRULE(this.functionType) },
      {
        ALT: () => {
          this.CONSUME(T.LParen);
          this.SUBRULE2(this.type);
          this.CONSUME(T.RParen);
        },
      },
      { ALT: () => this.SUBRULE(this.objectType) },
      { ALT: () => this.SUBRULE(this.tupleType) },
    ]));
  });

  tupleType = this.RULE("tupleType", () => {
    this.CONSUME(T.LBracket);
    this.MANY_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.type) });
    this.CONSUME(T.RBracket);
  });

  private functionTypeAhead(): boolean {
    const open = this.LA(1);
    if (!tokenMatcher(open, T.LParen)) return false;
    const after = this.afterClose.get(open);
    return after !== undefined && tokenMatcher(after, T.Arrow);
  }

  functionType = this.RULE("functionType", () => {
    this.CONSUME(T.LParen);
    this.MANY_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.parameter) });
    this.CONSUME(T.RParen);
    this.CONSUME(T.Arrow);
    this.SUBRULE(this.type);
  });

  objectType = this.RULE("objectType", () => {
    this.CONSUME(T.LCurly);
    this.MANY(() => {
      this.SUBRULE(this.propertyName);
      this.OPTION(() => this.CONSUME(T.Question));
      this.CONSUME(T.Colon);
      this.SUBRULE(this.type);
      this.OPTION2(() => this.OR([{ ALT: () => this.CONSUME(T.Comma) }, { ALT: () => this.CONSUME(T.Semicolon) }]));
    });
    this.CONSUME(T.RCurly);
  });
}

/** How an error message names a token: `)`, `"abc"`, `runs`, or "the end of input". */
export function describeToken(token: IToken): string {
  if (tokenMatcher(token, EOF)) return "the end of input";
  if (token.tokenType === T.TemplateStart || token.tokenType === T.TemplateEnd) return "`` ` ``";
  const image = token.image.length > 20 ? token.image.slice(0, 17) + "..." : token.image;
  return "`" + image + "`";
}

export type { TokenType };
