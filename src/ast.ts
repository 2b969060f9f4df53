/**
 * Weft's abstract syntax tree: plain, immutable data. Every node has a `kind` and a `span`.
 * Later stages key their results by node (a type map, compiled closures) instead of mutating it.
 */
import type { Span } from "./source.js";

interface NodeBase {
  readonly span: Span;
}

// Expressions

export interface NumberLiteral extends NodeBase {
  readonly kind: "Number";
  readonly value: number;
}
export interface StringLiteral extends NodeBase {
  readonly kind: "String";
  readonly value: string;
}
export interface TemplateLiteral extends NodeBase {
  readonly kind: "Template";
  /** The cooked text pieces; always one more than `expressions`. */
  readonly quasis: readonly string[];
  readonly expressions: readonly Expression[];
}
export interface BooleanLiteral extends NodeBase {
  readonly kind: "Boolean";
  readonly value: boolean;
}
export interface NullLiteral extends NodeBase {
  readonly kind: "Null";
}
export interface UndefinedLiteral extends NodeBase {
  readonly kind: "Undefined";
}
export interface Identifier extends NodeBase {
  readonly kind: "Identifier";
  readonly name: string;
}
export interface Spread extends NodeBase {
  readonly kind: "Spread";
  readonly argument: Expression;
}
/** A hole in an array literal or pattern: `[1, , 3]`. */
export interface Elision extends NodeBase {
  readonly kind: "Elision";
}
export interface ArrayLiteral extends NodeBase {
  readonly kind: "Array";
  readonly elements: readonly (Expression | Spread | Elision)[];
}
export interface Property extends NodeBase {
  readonly kind: "Property";
  /** A name, or an expression for a computed key `[k]: v`. */
  readonly key: string | Expression;
  readonly value: Expression;
  readonly shorthand: boolean;
}
export interface ObjectLiteral extends NodeBase {
  readonly kind: "Object";
  readonly properties: readonly (Property | Spread)[];
}
export interface Parameter extends NodeBase {
  readonly kind: "Parameter";
  readonly target: Pattern;
  readonly type: TypeNode | undefined;
  readonly defaultValue: Expression | undefined;
  readonly rest: boolean;
  readonly optional: boolean;
}
export interface ArrowFunction extends NodeBase {
  readonly kind: "Arrow";
  readonly params: readonly Parameter[];
  readonly returnType: TypeNode | undefined;
  readonly body: Expression | Block;
}
export type UnaryOperator = "!" | "-" | "+" | "typeof";
export interface Unary extends NodeBase {
  readonly kind: "Unary";
  readonly operator: UnaryOperator;
  readonly argument: Expression;
}
export interface Update extends NodeBase {
  readonly kind: "Update";
  readonly operator: "++" | "--";
  readonly prefix: boolean;
  readonly target: AssignTarget;
}
export type ArithmeticOperator = "**" | "*" | "/" | "%" | "+" | "-";
export type ComparisonOperator = "<" | "<=" | ">" | ">=" | "===" | "!==" | "==" | "!=";
export type LogicalOperator = "&&" | "||" | "??";
export type BinaryOperator = ArithmeticOperator | ComparisonOperator | LogicalOperator;
export interface Binary extends NodeBase {
  readonly kind: "Binary";
  readonly operator: BinaryOperator;
  readonly left: Expression;
  readonly right: Expression;
}
export interface Conditional extends NodeBase {
  readonly kind: "Conditional";
  readonly test: Expression;
  readonly consequent: Expression;
  readonly alternate: Expression;
}
export type AssignOperator = "=" | "+=" | "-=" | "*=" | "/=" | "%=" | "**=" | "||=" | "&&=" | "??=";
export type AssignTarget = Identifier | Member | Index;
export interface Assign extends NodeBase {
  readonly kind: "Assign";
  readonly operator: AssignOperator;
  readonly target: AssignTarget;
  readonly value: Expression;
}
export interface Member extends NodeBase {
  readonly kind: "Member";
  readonly object: Expression;
  readonly property: string;
  readonly propertySpan: Span;
  /** `a?.b` */
  readonly optional: boolean;
}
export interface Index extends NodeBase {
  readonly kind: "Index";
  readonly object: Expression;
  readonly index: Expression;
  readonly optional: boolean;
}
export interface Call extends NodeBase {
  readonly kind: "Call";
  readonly callee: Expression;
  readonly args: readonly (Expression | Spread)[];
  readonly optional: boolean;
}
/** The extent of an optional chain: `a?.b.c()` short-circuits as a whole to `undefined`. */
export interface Chain extends NodeBase {
  readonly kind: "Chain";
  readonly expression: Member | Index | Call;
}
export interface New extends NodeBase {
  readonly kind: "New";
  readonly callee: Identifier;
  readonly args: readonly (Expression | Spread)[];
}

export type Expression =
  | NumberLiteral
  | StringLiteral
  | TemplateLiteral
  | BooleanLiteral
  | NullLiteral
  | UndefinedLiteral
  | Identifier
  | ArrayLiteral
  | ObjectLiteral
  | ArrowFunction
  | Unary
  | Update
  | Binary
  | Conditional
  | Assign
  | Member
  | Index
  | Call
  | Chain
  | New;

// Patterns (destructuring targets)

export interface PatternElement extends NodeBase {
  readonly kind: "PatternElement";
  readonly target: Pattern;
  readonly defaultValue: Expression | undefined;
}
export interface ArrayPattern extends NodeBase {
  readonly kind: "ArrayPattern";
  readonly elements: readonly (PatternElement | Elision)[];
  readonly rest: Pattern | undefined;
}
export interface PatternProperty extends NodeBase {
  readonly kind: "PatternProperty";
  readonly key: string;
  readonly target: Pattern;
  readonly defaultValue: Expression | undefined;
  readonly shorthand: boolean;
}
export interface ObjectPattern extends NodeBase {
  readonly kind: "ObjectPattern";
  readonly properties: readonly PatternProperty[];
  readonly rest: Identifier | undefined;
}
export type Pattern = Identifier | ArrayPattern | ObjectPattern;

// Statements

export interface Declarator extends NodeBase {
  readonly kind: "Declarator";
  readonly target: Pattern;
  readonly type: TypeNode | undefined;
  readonly init: Expression | undefined;
}
export interface VarDecl extends NodeBase {
  readonly kind: "VarDecl";
  readonly declKind: "const" | "let";
  readonly declarations: readonly Declarator[];
}
export interface If extends NodeBase {
  readonly kind: "If";
  readonly test: Expression;
  readonly consequent: Statement;
  readonly alternate: Statement | undefined;
}
export interface ForOf extends NodeBase {
  readonly kind: "ForOf";
  readonly declKind: "const" | "let";
  readonly target: Pattern;
  readonly type: TypeNode | undefined;
  readonly iterable: Expression;
  readonly body: Statement;
}
export interface Return extends NodeBase {
  readonly kind: "Return";
  readonly argument: Expression | undefined;
}
export interface Block extends NodeBase {
  readonly kind: "Block";
  readonly body: readonly Statement[];
}
export interface ExpressionStatement extends NodeBase {
  readonly kind: "ExpressionStatement";
  readonly expression: Expression;
}
export interface Empty extends NodeBase {
  readonly kind: "Empty";
}
export type Statement = VarDecl | If | ForOf | Return | Block | ExpressionStatement | Empty;

export interface Program extends NodeBase {
  readonly kind: "Program";
  readonly body: readonly Statement[];
}

// Type annotations

export interface TypeRef extends NodeBase {
  readonly kind: "TypeRef";
  /** `number`, `Run`, `Record`, `undefined`, … */
  readonly name: string;
  readonly args: readonly TypeNode[];
}
export interface ArrayTypeNode extends NodeBase {
  readonly kind: "ArrayType";
  readonly element: TypeNode;
}
export interface UnionTypeNode extends NodeBase {
  readonly kind: "UnionType";
  readonly types: readonly TypeNode[];
}
export interface LiteralTypeNode extends NodeBase {
  readonly kind: "LiteralType";
  readonly value: string | number | boolean | null;
}
export interface FunctionTypeNode extends NodeBase {
  readonly kind: "FunctionType";
  readonly params: readonly Parameter[];
  readonly returns: TypeNode;
}
export interface ObjectTypeMember extends NodeBase {
  readonly kind: "ObjectTypeMember";
  readonly name: string;
  readonly optional: boolean;
  readonly type: TypeNode;
}
export interface ObjectTypeNode extends NodeBase {
  readonly kind: "ObjectType";
  readonly members: readonly ObjectTypeMember[];
}
export interface TupleTypeNode extends NodeBase {
  readonly kind: "TupleType";
  readonly elements: readonly TypeNode[];
}
export type TypeNode = TypeRef | ArrayTypeNode | UnionTypeNode | LiteralTypeNode | FunctionTypeNode | ObjectTypeNode | TupleTypeNode;

export type Node =
  | Expression
  | Statement
  | Program
  | Spread
  | Elision
  | Property
  | Parameter
  | Pattern
  | PatternElement
  | PatternProperty
  | Declarator
  | TypeNode
  | ObjectTypeMember;
