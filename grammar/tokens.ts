/**
 * Weft's tokens: a TypeScript subset. Template literals use lexer modes: a backtick enters the
 * "template" mode, `${` re-enters "main", and the `}` that closes it pops back. Every `{` pushes
 * "main" too, so that braces inside a substitution balance.
 */
import { createToken, Lexer, type TokenType } from "chevrotain";

export const WhiteSpace = createToken({ name: "WhiteSpace", pattern: /[ \t\r\n\u00a0\ufeff\u2028\u2029]+/, group: Lexer.SKIPPED, line_breaks: true });
export const LineComment = createToken({ name: "LineComment", pattern: /\/\/[^\n\r]*/, group: Lexer.SKIPPED });
export const BlockComment = createToken({ name: "BlockComment", pattern: /\/\*[\s\S]*?\*\//, group: Lexer.SKIPPED, line_breaks: true });

/** Any name that may follow `.`: identifiers and every keyword. */
export const IdentifierName = createToken({ name: "IdentifierName", pattern: Lexer.NA });
export const Identifier = createToken({ name: "Identifier", pattern: /[A-Za-z_$][A-Za-z0-9_$]*/, categories: [IdentifierName] });

function keyword(name: string, word: string, categories: TokenType[] = []): TokenType {
  return createToken({ name, pattern: new RegExp(word), longer_alt: Identifier, categories: [IdentifierName, ...categories] });
}

export const Const = keyword("Const", "const");
export const Let = keyword("Let", "let");
export const If = keyword("If", "if");
export const Else = keyword("Else", "else");
export const For = keyword("For", "for");
export const Return = keyword("Return", "return");
export const New = keyword("New", "new");
export const Typeof = keyword("Typeof", "typeof");
export const True = keyword("True", "true");
export const False = keyword("False", "false");
export const Null = keyword("Null", "null");
export const Undefined = keyword("Undefined", "undefined");
/** `of` is contextual in JavaScript (`const of = 1` is legal), so it is also an Identifier. */
export const Of = keyword("Of", "of", [Identifier]);

/**
 * Words of JavaScript that Weft does not support. They lex as one token so the parser can say
 * "`function` is not part of Weft" instead of a puzzling error a few tokens later.
 */
export const Unsupported = createToken({
  name: "Unsupported",
  pattern: /(?:function|class|var|while|do|switch|case|default|break|continue|this|import|export|delete|void|in|instanceof|throw|try|catch|finally|with|super|debugger)(?![A-Za-z0-9_$])/,
  longer_alt: Identifier,
  categories: [IdentifierName],
});

export const NumberLiteral = createToken({
  name: "NumberLiteral",
  pattern: /0[xX][0-9a-fA-F](?:_?[0-9a-fA-F])*|0[bB][01](?:_?[01])*|0[oO][0-7](?:_?[0-7])*|(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?/,
});
export const StringLiteral = createToken({
  name: "StringLiteral",
  pattern: /"(?:[^"\\\n\r]|\\(?:\r\n|[\s\S]))*"|'(?:[^'\\\n\r]|\\(?:\r\n|[\s\S]))*'/,
  line_breaks: true,
});

// Templates.
export const TemplateStart = createToken({ name: "TemplateStart", pattern: /`/, push_mode: "template" });
export const TemplateChars = createToken({ name: "TemplateChars", pattern: /(?:[^`\\$]|\\[\s\S]|\$(?!\{))+/, line_breaks: true });
export const TemplateSubstStart = createToken({ name: "TemplateSubstStart", pattern: /\$\{/, push_mode: "main" });
export const TemplateEnd = createToken({ name: "TemplateEnd", pattern: /`/, pop_mode: true });

// Punctuation, longest first where one is a prefix of another.
export const Arrow = createToken({ name: "Arrow", pattern: /=>/ });
export const Ellipsis = createToken({ name: "Ellipsis", pattern: /\.\.\./ });
export const QuestionDot = createToken({ name: "QuestionDot", pattern: /\?\.(?!\d)/ });
export const QuestionQuestionEquals = createToken({ name: "QuestionQuestionEquals", pattern: /\?\?=/ });
export const QuestionQuestion = createToken({ name: "QuestionQuestion", pattern: /\?\?/ });
export const Question = createToken({ name: "Question", pattern: /\?/ });
export const StrictEquals = createToken({ name: "StrictEquals", pattern: /===/ });
export const StrictNotEquals = createToken({ name: "StrictNotEquals", pattern: /!==/ });
export const LooseEquals = createToken({ name: "LooseEquals", pattern: /==/ });
export const LooseNotEquals = createToken({ name: "LooseNotEquals", pattern: /!=/ });
export const AndAndEquals = createToken({ name: "AndAndEquals", pattern: /&&=/ });
export const OrOrEquals = createToken({ name: "OrOrEquals", pattern: /\|\|=/ });
export const AndAnd = createToken({ name: "AndAnd", pattern: /&&/ });
export const OrOr = createToken({ name: "OrOr", pattern: /\|\|/ });
export const StarStarEquals = createToken({ name: "StarStarEquals", pattern: /\*\*=/ });
export const StarStar = createToken({ name: "StarStar", pattern: /\*\*/ });
export const PlusPlus = createToken({ name: "PlusPlus", pattern: /\+\+/ });
export const MinusMinus = createToken({ name: "MinusMinus", pattern: /--/ });
export const PlusEquals = createToken({ name: "PlusEquals", pattern: /\+=/ });
export const MinusEquals = createToken({ name: "MinusEquals", pattern: /-=/ });
export const StarEquals = createToken({ name: "StarEquals", pattern: /\*=/ });
export const SlashEquals = createToken({ name: "SlashEquals", pattern: /\/=/ });
export const PercentEquals = createToken({ name: "PercentEquals", pattern: /%=/ });
export const LessEquals = createToken({ name: "LessEquals", pattern: /<=/ });
export const GreaterEquals = createToken({ name: "GreaterEquals", pattern: />=/ });
export const Less = createToken({ name: "Less", pattern: /</ });
export const Greater = createToken({ name: "Greater", pattern: />/ });
export const Plus = createToken({ name: "Plus", pattern: /\+/ });
export const Minus = createToken({ name: "Minus", pattern: /-/ });
export const Star = createToken({ name: "Star", pattern: /\*/ });
export const Slash = createToken({ name: "Slash", pattern: /\// });
export const Percent = createToken({ name: "Percent", pattern: /%/ });
export const Bang = createToken({ name: "Bang", pattern: /!/ });
export const Equals = createToken({ name: "Equals", pattern: /=/ });
/** `|` and `&` appear only in type annotations (`string | undefined`). */
export const Pipe = createToken({ name: "Pipe", pattern: /\|/ });
export const Amp = createToken({ name: "Amp", pattern: /&/ });
export const LParen = createToken({ name: "LParen", pattern: /\(/ });
export const RParen = createToken({ name: "RParen", pattern: /\)/ });
export const LBracket = createToken({ name: "LBracket", pattern: /\[/ });
export const RBracket = createToken({ name: "RBracket", pattern: /]/ });
export const LCurly = createToken({ name: "LCurly", pattern: /{/, push_mode: "main" });
export const RCurly = createToken({ name: "RCurly", pattern: /}/, pop_mode: true });
export const Comma = createToken({ name: "Comma", pattern: /,/ });
export const Semicolon = createToken({ name: "Semicolon", pattern: /;/ });
export const Colon = createToken({ name: "Colon", pattern: /:/ });
export const Dot = createToken({ name: "Dot", pattern: /\./ });

/** The tokens that can join two operands: their precedence lives in the AST builder. */
export const binaryOperatorTokens = [
  StarStar, Star, Slash, Percent, Plus, Minus, LessEquals, GreaterEquals, Less, Greater,
  StrictEquals, StrictNotEquals, LooseEquals, LooseNotEquals, AndAnd, OrOr, QuestionQuestion,
];
export const BinaryOperator = createToken({ name: "BinaryOperator", pattern: Lexer.NA });
for (const t of binaryOperatorTokens) t.CATEGORIES = [...(t.CATEGORIES ?? []), BinaryOperator];

export const AssignmentOperator = createToken({ name: "AssignmentOperator", pattern: Lexer.NA });
export const assignmentOperatorTokens = [Equals, StarStarEquals, PlusEquals, MinusEquals, StarEquals, SlashEquals, PercentEquals, OrOrEquals, AndAndEquals, QuestionQuestionEquals];
for (const t of assignmentOperatorTokens) t.CATEGORIES = [...(t.CATEGORIES ?? []), AssignmentOperator];

const mainMode: TokenType[] = [
  WhiteSpace, LineComment, BlockComment,
  TemplateStart,
  Arrow, Ellipsis, QuestionDot, QuestionQuestionEquals, QuestionQuestion, Question,
  StrictEquals, StrictNotEquals, LooseEquals, LooseNotEquals, AndAndEquals, OrOrEquals, AndAnd, OrOr,
  StarStarEquals, StarStar, PlusPlus, MinusMinus, PlusEquals, MinusEquals, StarEquals, SlashEquals, PercentEquals,
  LessEquals, GreaterEquals, Less, Greater, Plus, Minus, Star, Slash, Percent, Bang, Equals, Pipe, Amp,
  LParen, RParen, LBracket, RBracket, LCurly, RCurly, Comma, Semicolon, Colon,
  NumberLiteral, Dot, StringLiteral,
  Const, Let, If, Else, For, Return, New, Typeof, True, False, Null, Undefined, Of, Unsupported,
  Identifier,
];

const templateMode: TokenType[] = [TemplateChars, TemplateSubstStart, TemplateEnd];

export const allTokens: TokenType[] = [...mainMode, TemplateChars, TemplateSubstStart, TemplateEnd, IdentifierName, BinaryOperator, AssignmentOperator];

export const lexerDefinition = {
  modes: { main: mainMode, template: templateMode },
  defaultMode: "main",
};
