/**
 * The grammar's public face: text in, a concrete syntax tree and raw errors out.
 * One lexer and one parser instance serve every parse, made at the first (Chevrotain's analysis of
 * the grammar takes ~100 ms: a REPL shows its prompt first, and an embedder that only loads
 * workspaces never pays it).
 */
import { Lexer, type CstNode, type ILexingError, type IRecognitionException, type IToken, type IParserErrorMessageProvider, defaultParserErrorProvider } from "chevrotain";
import { lexerDefinition } from "./tokens.js";
import { WeftParser, describeToken, type OpenBracket } from "./parser.js";

export * as tokens from "./tokens.js";
export { describeToken, type OpenBracket } from "./parser.js";

/** Chevrotain's checks of the token definitions run in the tests (`lexerOptions(true)`); a start-up skips them (~20 ms). */
export function lexerOptions(validate: boolean): ConstructorParameters<typeof Lexer>[1] {
  return { positionTracking: "full", ensureOptimizations: false, skipValidations: !validate };
}

let lexer: Lexer | undefined;

let parser: WeftParser | undefined;

function theParser(): WeftParser {
  return (parser ??= new WeftParser(messages));
}

/** Words a mismatch names: "expected `)` to close the call opened at 1:12". */
const messages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual }) {
    const brackets = theParser().openBrackets;
    const open = brackets[brackets.length - 1];
    const closer = CLOSERS[expected.name];
    const found = `, found ${describeToken(actual)}`;
    if (closer && open) return `expected ${closer} to close the ${open.what} opened at ${open.token.startLine}:${open.token.startColumn}${found}`;
    return `expected ${tokenLabel(expected.name)}${found}`;
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    return `unexpected ${describeToken(firstRedundant)}`;
  },
  buildNoViableAltMessage(options) {
    return `expected ${RULE_NOUNS[options.ruleName] ?? "an expression"}, found ${describeToken(options.actual[0]!)}`;
  },
  buildEarlyExitMessage(options) {
    const noun = RULE_NOUNS[options.ruleName];
    const actual = options.actual[0];
    return noun && actual ? `expected ${noun}, found ${describeToken(actual)}` : defaultParserErrorProvider.buildEarlyExitMessage(options);
  },
};

const CLOSERS: Record<string, string> = { RParen: "`)`", RBracket: "`]`", RCurly: "`}`", TemplateEnd: "`` ` ``" };

const RULE_NOUNS: Record<string, string> = {
  statement: "a statement",
  callExpression: "an expression",
  unaryExpression: "an expression",
  expression: "an expression",
  bindingTarget: "a name",
  patternProperty: "a name",
  propertyName: "a property name",
  propertyKey: "a property name",
  primaryType: "a type",
  type: "a type",
  arrayType: "a type",
  arrowParameters: "parameters",
  variableDeclaration: "`const` or `let`",
  forOfStatement: "`const` or `let`",
  optionalSuffix: "a name, `[` or `(` after `?.`",
  objectMember: "a property",
  templateLiteral: "a template literal",
  bracketSeparator: "`,` or `]`",
  parenSeparator: "`,` or `)`",
  curlySeparator: "`,` or `}`",
};

const TOKEN_LABELS: Record<string, string> = {
  Identifier: "a name", IdentifierName: "a property name", Colon: "`:`", Arrow: "`=>`", Of: "`of`",
  LParen: "`(`", RParen: "`)`", LBracket: "`[`", RBracket: "`]`", LCurly: "`{`", RCurly: "`}`",
  Equals: "`=`", Comma: "`,`", Semicolon: "`;`", Greater: "`>`", TemplateEnd: "`` ` ``",
  NumberLiteral: "a number", StringLiteral: "a string",
};

function tokenLabel(name: string): string {
  return TOKEN_LABELS[name] ?? name;
}


export interface CstResult {
  readonly cst: CstNode | undefined;
  readonly tokens: IToken[];
  readonly lexErrors: ILexingError[];
  readonly parseErrors: IRecognitionException[];
}

export function tokenize(text: string): { tokens: IToken[]; errors: ILexingError[] } {
  const result = (lexer ??= new Lexer(lexerDefinition, lexerOptions(false))).tokenize(text);
  return { tokens: result.tokens, errors: result.errors };
}

/** Parses already-lexed tokens as a program. */
export function parseTokens(tokens: IToken[]): { cst: CstNode; errors: IRecognitionException[] } {
  const p = theParser();
  p.prepare(tokens);
  const cst = p.program();
  return { cst, errors: p.errors };
}

/** Parses a type annotation's text, such as a signature in the standard library. */
export function parseTypeTokens(tokens: IToken[]): { cst: CstNode; errors: IRecognitionException[] } {
  const p = theParser();
  p.prepare(tokens);
  const cst = p.type();
  return { cst, errors: p.errors };
}

export function openBrackets(): readonly OpenBracket[] {
  return theParser().openBrackets;
}
