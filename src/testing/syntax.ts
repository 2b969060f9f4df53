/**
 * `syntaxTree()`: random syntax trees (`ast.Program`) of every kind of node, shaped as the parser
 * builds them, so that `print` can write them and `parseProgram` read them back. They are not
 * well-typed (names are drawn from a small pool, operators combine anything): they are for the
 * printer, the parser and the checker, not for running.
 *
 * "Shaped as the parser builds them" means: a `return` only in an arrow's block; `optional`
 * member accesses and calls only inside a `Chain`, whose spine has at least one; assignment and
 * update targets that are names, members or indices; rest elements and parameters last; no `else`
 * after an `if` whose last statement is an `if` without one (the parser would give the `else` to
 * the inner `if`); a `const` always with a value; union types flat; number literals finite and
 * not negative. Spans are all the same placeholder: compare trees with `withoutSpans`.
 */
import fc from "fast-check";
import type * as A from "../ast.js";
import type { Span } from "../source.js";

const SPAN: Span = { start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 };

/** Names a tree may use: roots, ops, builtins and plain names. `of` is a keyword that is also a name. */
const NAMES = ["x", "y", "z", "acc", "runs", "artifacts", "project", "runName", "runSummary", "artifactVersions", "Math", "JSON", "Object", "Date", "NaN", "Infinity", "of", "$", "_a1"];
/** Property names: any identifier name, keywords included (`x.if` is a member named "if"). */
const PROPERTY_NAMES = ["a", "b", "length", "map", "filter", "id", "if", "new", "of", "typeof", "function", "constructor", "toFixed"];
/** Object keys: names, and keys that need quotes. */
const KEYS = ["a", "b", "name", "1", "a b", "", "é", "x-y", "of", "if"];
const TYPE_NAMES = ["number", "string", "boolean", "Run", "Artifact", "ArtifactVersion", "Date", "undefined", "any", "unknown", "JsonValue"];

const id = (name: string): A.Identifier => ({ kind: "Identifier", name, span: SPAN });

// ---------------------------------------------------------------------------------------------
// Types

const typeNode: fc.Arbitrary<A.TypeNode> = fc.letrec<{ type: A.TypeNode; member: A.TypeNode }>((tie) => ({
  // A union's members are never unions themselves (the parser flattens `A | B | C`).
  type: fc.oneof(
    { maxDepth: 2, depthIdentifier: "type", withCrossShrink: true },
    tie("member"),
    fc.array(tie("member"), { minLength: 2, maxLength: 3 }).map((types): A.TypeNode => ({ kind: "UnionType", types, span: SPAN })),
  ),
  member: fc.oneof(
    { maxDepth: 2, depthIdentifier: "type", withCrossShrink: true },
    fc.constantFrom(...TYPE_NAMES).map((name): A.TypeNode => ({ kind: "TypeRef", name, args: [], span: SPAN })),
    fc.oneof(fc.constantFrom<string | number | boolean | null>(null, true, false, 0, 1.5), fc.string({ maxLength: 3 })).map((value): A.TypeNode => ({ kind: "LiteralType", value, span: SPAN })),
    fc.tuple(fc.constantFrom("Record", "Array", "Map"), fc.array(tie("type"), { minLength: 1, maxLength: 2 })).map(([name, args]): A.TypeNode => ({ kind: "TypeRef", name, args, span: SPAN })),
    tie("member").map((element): A.TypeNode => ({ kind: "ArrayType", element, span: SPAN })),
    fc.array(tie("type"), { maxLength: 2 }).map((elements): A.TypeNode => ({ kind: "TupleType", elements, span: SPAN })),
    fc
      .uniqueArray(fc.record({ name: fc.constantFrom(...KEYS), optional: fc.boolean(), type: tie("type") }), { selector: (m) => m.name, maxLength: 2 })
      .map((members): A.TypeNode => ({ kind: "ObjectType", members: members.map((m) => ({ kind: "ObjectTypeMember", ...m, span: SPAN })), span: SPAN })),
    fc
      .tuple(fc.uniqueArray(fc.constantFrom("p", "q"), { maxLength: 2 }), fc.array(tie("type"), { minLength: 2, maxLength: 2 }), tie("type"))
      .map(([names, types, returns]): A.TypeNode => ({
        kind: "FunctionType",
        params: names.map((name, i) => ({ kind: "Parameter", target: id(name), type: types[i], defaultValue: undefined, rest: false, optional: false, span: SPAN })),
        returns,
        span: SPAN,
      })),
  ),
})).type;

// ---------------------------------------------------------------------------------------------
// Expressions, patterns and statements, as one recursive family

interface Family {
  expr: A.Expression;
  leaf: A.Expression;
  target: A.AssignTarget;
  pattern: A.Pattern;
  chain: A.Chain;
  statement: A.Statement;
  /** A statement allowed inside an arrow's block: `return` too. */
  inner: A.Statement;
  /** An arrow's block. */
  block: A.Block;
  /** A block outside any arrow: no `return`. */
  topBlock: A.Block;
}

/** Whether an `else` after statement `s` would be taken by an `if` inside it. */
function endsOpen(s: A.Statement): boolean {
  if (s.kind === "If") return s.alternate === undefined || endsOpen(s.alternate);
  if (s.kind === "ForOf") return endsOpen(s.body);
  return false;
}

const numberValue = fc.oneof(
  fc.nat({ max: 1000 }),
  fc.double({ min: 0, max: 1e6, noNaN: true }).map((x) => (x === 0 ? 0 : x)),
  // No infinite values: `1e400` is one, and the printer writes it as the name `Infinity` (a known bug).
  fc.constantFrom(0.1, 1e21, 1e-7, 5e-324, 2 ** 53, Number.MAX_VALUE),
);
const stringValue = fc.oneof(fc.constantFrom("", "a", "it's", 'say "hi"', "\\", "`", "${x}", "\n", "\r\n", "\u2028", "😀"), fc.string({ unit: "binary", maxLength: 4 }));
const templateText = fc.oneof(fc.constantFrom("", "a", "`", "${", "$", "\\", "\r", "\r\n", "\n", "}"), fc.string({ maxLength: 3 }));

const BINARY: readonly A.BinaryOperator[] = ["**", "*", "/", "%", "+", "-", "<", "<=", ">", ">=", "===", "!==", "==", "!=", "&&", "||", "??"];
const ASSIGN: readonly A.AssignOperator[] = ["=", "+=", "-=", "*=", "/=", "%=", "**=", "||=", "&&=", "??="];

const family = fc.letrec<Family>((tie) => {
  const expr = tie("expr") as fc.Arbitrary<A.Expression>;
  const pattern = tie("pattern") as fc.Arbitrary<A.Pattern>;
  const target = tie("target") as fc.Arbitrary<A.AssignTarget>;
  const inner = tie("inner") as fc.Arbitrary<A.Statement>;
  const argument: fc.Arbitrary<A.Expression | A.Spread> = fc.oneof(
    { weight: 4, arbitrary: expr },
    { weight: 1, arbitrary: expr.map((argument): A.Spread => ({ kind: "Spread", argument, span: SPAN })) },
  );
  const args = fc.array(argument, { maxLength: 3 });
  const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });

  const parameter = fc.record({ target: pattern, type: opt(typeNode), defaultValue: opt(expr), optional: fc.boolean() });
  const params: fc.Arbitrary<A.Parameter[]> = fc
    .tuple(fc.array(parameter, { maxLength: 3 }), fc.option(fc.record({ target: pattern, type: opt(typeNode) }), { nil: undefined, freq: 4 }))
    .map(([ps, rest]) => {
      // `x?` and a default value do not go together in TypeScript; keep the default.
      const out: A.Parameter[] = ps.map((p) => ({ kind: "Parameter", target: p.target, type: p.type, defaultValue: p.defaultValue, rest: false, optional: p.optional && p.defaultValue === undefined && p.target.kind === "Identifier", span: SPAN }));
      if (rest) out.push({ kind: "Parameter", target: rest.target, type: rest.type, defaultValue: undefined, rest: true, optional: false, span: SPAN });
      return out;
    });

  const suffix = fc.oneof(
    fc.constantFrom(...PROPERTY_NAMES).map((property) => ({ kind: "Member" as const, property })),
    expr.map((index) => ({ kind: "Index" as const, index })),
    args.map((args) => ({ kind: "Call" as const, args })),
  );
  type Suffix = { kind: "Member"; property: string } | { kind: "Index"; index: A.Expression } | { kind: "Call"; args: (A.Expression | A.Spread)[] };
  const applySuffix = (object: A.Expression, s: Suffix, optional: boolean): A.Member | A.Index | A.Call => {
    if (s.kind === "Member") return { kind: "Member", object, property: s.property, propertySpan: SPAN, optional, span: SPAN };
    if (s.kind === "Index") return { kind: "Index", object, index: s.index, optional, span: SPAN };
    return { kind: "Call", callee: object, args: s.args, optional, span: SPAN };
  };

  return {
    leaf: fc.oneof(
      fc.constantFrom(...NAMES).map(id),
      numberValue.map((value): A.Expression => ({ kind: "Number", value, span: SPAN })),
      stringValue.map((value): A.Expression => ({ kind: "String", value, span: SPAN })),
      fc.boolean().map((value): A.Expression => ({ kind: "Boolean", value, span: SPAN })),
      fc.constantFrom<A.Expression>({ kind: "Null", span: SPAN }, { kind: "Undefined", span: SPAN }),
    ),
    expr: fc.oneof(
      { maxDepth: 4, depthIdentifier: "tree", withCrossShrink: true },
      { weight: 6, arbitrary: tie("leaf") as fc.Arbitrary<A.Expression> },
      fc.tuple(fc.array(templateText, { minLength: 1, maxLength: 3 }), fc.array(expr, { maxLength: 2 })).map(([texts, expressions]): A.Expression => {
        const quasis = Array.from({ length: expressions.length + 1 }, (_, i) => texts[i % texts.length]!);
        return { kind: "Template", quasis, expressions, span: SPAN };
      }),
      fc.array(fc.oneof({ weight: 4, arbitrary: argument }, { weight: 1, arbitrary: fc.constant<A.Elision>({ kind: "Elision", span: SPAN }) }), { maxLength: 3 }).map((elements): A.Expression => ({ kind: "Array", elements, span: SPAN })),
      fc
        .array(
          fc.oneof(
            fc.tuple(fc.constantFrom(...KEYS), expr).map(([key, value]): A.Property => ({ kind: "Property", key, value, shorthand: false, span: SPAN })),
            fc.tuple(expr, expr).map(([key, value]): A.Property => ({ kind: "Property", key, value, shorthand: false, span: SPAN })),
            fc.constantFrom("x", "y", "of").map((name): A.Property => ({ kind: "Property", key: name, value: id(name), shorthand: true, span: SPAN })),
            expr.map((argument): A.Spread => ({ kind: "Spread", argument, span: SPAN })),
          ),
          { maxLength: 3 },
        )
        .map((properties): A.Expression => ({ kind: "Object", properties, span: SPAN })),
      fc.tuple(params, opt(typeNode), fc.oneof(expr, tie("block") as fc.Arbitrary<A.Block>)).map(([ps, returnType, body]): A.Expression => ({ kind: "Arrow", params: ps, returnType, body, span: SPAN })),
      fc.tuple(fc.constantFrom<A.UnaryOperator>("!", "-", "+", "typeof"), expr).map(([operator, argument]): A.Expression => ({ kind: "Unary", operator, argument, span: SPAN })),
      fc.tuple(fc.constantFrom<"++" | "--">("++", "--"), fc.boolean(), target).map(([operator, prefix, t]): A.Expression => ({ kind: "Update", operator, prefix, target: t, span: SPAN })),
      { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...BINARY), expr, expr).map(([operator, left, right]): A.Expression => ({ kind: "Binary", operator, left, right, span: SPAN })) },
      fc.tuple(expr, expr, expr).map(([test, consequent, alternate]): A.Expression => ({ kind: "Conditional", test, consequent, alternate, span: SPAN })),
      fc.tuple(fc.constantFrom(...ASSIGN), target, expr).map(([operator, t, value]): A.Expression => ({ kind: "Assign", operator, target: t, value, span: SPAN })),
      target,
      fc.tuple(expr, args).map(([callee, a]): A.Expression => ({ kind: "Call", callee, args: a, optional: false, span: SPAN })),
      tie("chain") as fc.Arbitrary<A.Expression>,
      fc.tuple(fc.constantFrom("Date", "X"), args).map(([name, a]): A.Expression => ({ kind: "New", callee: id(name), args: a, span: SPAN })),
    ),
    target: fc.oneof(
      { maxDepth: 4, depthIdentifier: "tree", withCrossShrink: true },
      fc.constantFrom(...NAMES).map(id),
      fc.tuple(expr, fc.constantFrom(...PROPERTY_NAMES)).map(([object, property]): A.AssignTarget => ({ kind: "Member", object, property, propertySpan: SPAN, optional: false, span: SPAN })),
      fc.tuple(expr, expr).map(([object, index]): A.AssignTarget => ({ kind: "Index", object, index, optional: false, span: SPAN })),
    ),
    chain: fc
      .tuple(expr, fc.array(fc.tuple(suffix, fc.boolean()), { minLength: 1, maxLength: 3 }), fc.nat())
      .map(([base, suffixes, forced]): A.Chain => {
        // At least one link of the chain is optional.
        const optionalAt = forced % suffixes.length;
        let e: A.Expression = base;
        suffixes.forEach(([s, optional], i) => {
          e = applySuffix(e, s as Suffix, optional || i === optionalAt);
        });
        return { kind: "Chain", expression: e as A.Member | A.Index | A.Call, span: SPAN };
      }),
    pattern: fc.oneof(
      { maxDepth: 2, depthIdentifier: "pattern", withCrossShrink: true },
      { weight: 4, arbitrary: fc.constantFrom("x", "y", "z", "of", "$").map(id) },
      fc
        .tuple(
          fc.array(fc.oneof({ weight: 4, arbitrary: fc.record({ target: pattern, defaultValue: opt(expr) }).map((e): A.PatternElement => ({ kind: "PatternElement", ...e, span: SPAN })) }, { weight: 1, arbitrary: fc.constant<A.Elision>({ kind: "Elision", span: SPAN }) }), { maxLength: 3 }),
          opt(pattern),
        )
        .map(([elements, rest]): A.Pattern => ({ kind: "ArrayPattern", elements, rest, span: SPAN })),
      fc
        .tuple(
          fc.array(
            fc.oneof(
              fc.record({ key: fc.constantFrom(...KEYS), target: pattern, defaultValue: opt(expr) }).map((p): A.PatternProperty => ({ kind: "PatternProperty", ...p, shorthand: false, span: SPAN })),
              fc.tuple(fc.constantFrom("x", "y", "of"), opt(expr)).map(([name, defaultValue]): A.PatternProperty => ({ kind: "PatternProperty", key: name, target: id(name), defaultValue, shorthand: true, span: SPAN })),
            ),
            { maxLength: 3 },
          ),
          opt(fc.constantFrom("rest", "z").map(id)),
        )
        .map(([properties, rest]): A.Pattern => ({ kind: "ObjectPattern", properties, rest, span: SPAN })),
    ),
    statement: statementArb(tie, false),
    inner: statementArb(tie, true),
    block: fc.array(inner, { maxLength: 3 }).map((body): A.Block => ({ kind: "Block", body, span: SPAN })),
    topBlock: fc.array(tie("statement") as fc.Arbitrary<A.Statement>, { maxLength: 3 }).map((body): A.Block => ({ kind: "Block", body, span: SPAN })),
  };
});

function statementArb(tie: fc.LetrecTypedTie<Family>, inArrow: boolean): fc.Arbitrary<A.Statement> {
  const expr = tie("expr");
  const self = tie(inArrow ? "inner" : "statement");
  const sub = self.filter((s) => s.kind !== "VarDecl");
  const declarator = fc
    .record({ target: tie("pattern"), type: fc.option(typeNode, { nil: undefined, freq: 4 }), init: fc.option(expr, { nil: undefined, freq: 5 }) })
    .map((d): A.Declarator => ({ kind: "Declarator", ...d, span: SPAN }));
  const options: fc.Arbitrary<A.Statement>[] = [
    expr.map((expression): A.Statement => ({ kind: "ExpressionStatement", expression, span: SPAN })),
    fc.tuple(fc.constantFrom<"const" | "let">("const", "let"), fc.array(declarator, { minLength: 1, maxLength: 2 })).map(([declKind, declarations]): A.Statement => ({
      kind: "VarDecl",
      declKind,
      // A `const` or a destructuring declaration always has a value.
      declarations: declarations.map((d) => (d.init === undefined && (declKind === "const" || d.target.kind !== "Identifier") ? { ...d, init: { kind: "Number", value: 0, span: SPAN } } : d)),
      span: SPAN,
    })),
    fc.tuple(expr, sub, fc.option(sub, { nil: undefined })).map(([test, consequent, alternate]): A.Statement => ({
      kind: "If",
      test,
      // An `else` after an open `if` would belong to the inner one: wrap it in a block, as a person would.
      consequent: alternate !== undefined && endsOpen(consequent) ? { kind: "Block", body: [consequent], span: SPAN } : consequent,
      alternate,
      span: SPAN,
    })),
    fc.tuple(fc.constantFrom<"const" | "let">("const", "let"), tie("pattern"), fc.option(typeNode, { nil: undefined, freq: 4 }), expr, sub).map(([declKind, target, type, iterable, body]): A.Statement => ({ kind: "ForOf", declKind, target, type, iterable, body, span: SPAN })),
    tie(inArrow ? "block" : "topBlock"),
    fc.constant<A.Statement>({ kind: "Empty", span: SPAN }),
  ];
  if (inArrow) options.push(fc.option(expr, { nil: undefined }).map((argument): A.Statement => ({ kind: "Return", argument, span: SPAN })));
  return fc.oneof({ maxDepth: 3, depthIdentifier: "statement", withCrossShrink: true }, ...options);
}

export interface SyntaxTreeOptions {
  /** Most top-level statements (default 4). */
  maxStatements?: number;
}

/** Random syntax trees, shaped as the parser builds them (see the file's comment). */
export function syntaxTree(options: SyntaxTreeOptions = {}): fc.Arbitrary<A.Program> {
  return fc.array(family.statement, { maxLength: options.maxStatements ?? 4 }).map((body): A.Program => ({ kind: "Program", body, span: SPAN }));
}

/**
 * A syntax tree as plain data without its spans (`span`, `propertySpan`) or absent fields, for
 * comparing trees: `expect(withoutSpans(parse(print(t)))).toEqual(withoutSpans(t))`.
 */
export function withoutSpans(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutSpans);
  if (node === null || typeof node !== "object") return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === "span" || k === "propertySpan" || v === undefined) continue;
    out[k] = withoutSpans(v);
  }
  return out;
}
