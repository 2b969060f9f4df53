/** The grammar and AST builder: precedence, optional semicolons, templates, literals, spans, errors, and the printer. */
import { describe, it, expect } from "vitest";
import { parseProgram } from "../src/parse.js";
import { print } from "../src/printer.js";
import { WeftError } from "../src/errors.js";
import type * as A from "../src/ast.js";
import { referenceExamples } from "./reference-examples.js";

/** An expression with every operator's operands in parentheses, to show how it grouped. */
function grouped(e: A.Expression): string {
  switch (e.kind) {
    case "Binary":
      return `(${grouped(e.left)} ${e.operator} ${grouped(e.right)})`;
    case "Unary":
      return `(${e.operator}${e.operator === "typeof" ? " " : ""}${grouped(e.argument)})`;
    case "Conditional":
      return `(${grouped(e.test)} ? ${grouped(e.consequent)} : ${grouped(e.alternate)})`;
    case "Assign":
      return `(${grouped(e.target)} ${e.operator} ${grouped(e.value)})`;
    case "Arrow":
      return `(${e.params.map((p) => (p.target as A.Identifier).name).join(", ")} => ${e.body.kind === "Block" ? "{…}" : grouped(e.body)})`;
    case "Member":
      return `${grouped(e.object)}${e.optional ? "?." : "."}${e.property}`;
    case "Call":
      return `${grouped(e.callee)}(${e.args.map((a) => (a.kind === "Spread" ? "..." + grouped(a.argument) : grouped(a))).join(", ")})`;
    case "Chain":
      return `chain[${grouped(e.expression)}]`;
    case "Identifier":
      return e.name;
    case "Number":
      return String(e.value);
    default:
      return e.kind;
  }
}

function only(src: string): A.Expression {
  const program = parseProgram(src);
  expect(program.body).toHaveLength(1);
  const s = program.body[0]!;
  if (s.kind !== "ExpressionStatement") throw new Error(`not an expression: ${s.kind}`);
  return s.expression;
}

function syntaxError(src: string): WeftError {
  try {
    parseProgram(src);
  } catch (e) {
    if (e instanceof WeftError) return e;
    throw e;
  }
  throw new Error(`expected a syntax error: ${src}`);
}

/** The AST without positions, for comparing trees. */
function shape(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(shape);
  if (v === null || typeof v !== "object") return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) if (k !== "span" && k !== "propertySpan") out[k] = shape(x);
  return out;
}

describe("operator precedence and associativity, as JavaScript has them", () => {
  const rows: [string, string][] = [
    ["a + b * c", "(a + (b * c))"],
    ["a * b + c", "((a * b) + c)"],
    ["a - b - c", "((a - b) - c)"],
    ["a / b / c", "((a / b) / c)"],
    ["a ** b ** c", "(a ** (b ** c))"],
    ["a * b ** c", "(a * (b ** c))"],
    ["(-a) ** b", "((-a) ** b)"],
    ["-a * b", "((-a) * b)"],
    ["a < b === c > d", "((a < b) === (c > d))"],
    ["a + b < c * d", "((a + b) < (c * d))"],
    ["a || b && c", "(a || (b && c))"],
    ["a && b || c", "((a && b) || c)"],
    ["a ?? b ?? c", "((a ?? b) ?? c)"],
    ["(a ?? b) || c", "((a ?? b) || c)"],
    ["a ? b : c ? d : e", "(a ? b : (c ? d : e))"],
    ["a || b ? c : d", "((a || b) ? c : d)"],
    ["a = b = c", "(a = (b = c))"],
    ["a += b || c", "(a += (b || c))"],
    ["x => x + 1", "(x => (x + 1))"],
    ["x => y => x * y", "(x => (y => (x * y)))"],
    ["f(a)(b).c", "f(a)(b).c"],
    ["!a && !b", "((!a) && (!b))"],
    ["typeof a === 'x'", "((typeof a) === x)"],
    ["a == b != c", "((a == b) != c)"],
    ["a % b * c", "((a % b) * c)"],
    ["a?.b.c(d)", "chain[a?.b.c(d)]"],
    ["f(...xs, y)", "f(...xs, y)"],
  ];
  for (const [src, expected] of rows) {
    it(`${src}  ⇒  ${expected}`, () => {
      expect(grouped(only(src)).replace(/String/g, "x")).toBe(expected);
    });
  }
});

describe("statements and optional semicolons", () => {
  it("ends statements at line breaks, as JavaScript's semicolon insertion does", () => {
    const p = parseProgram("const a = 1\nconst b = a + 1\nb * 2");
    expect(p.body.map((s) => s.kind)).toEqual(["VarDecl", "VarDecl", "ExpressionStatement"]);
  });

  it("continues an expression across a line break where the next line continues it", () => {
    const p = parseProgram("const total = runs\n  .filter(r => true)\n  .length");
    expect(p.body).toHaveLength(1);
    const p2 = parseProgram("const x = 1 +\n2");
    expect(p2.body).toHaveLength(1);
  });

  it("reads a `(` on the next line as a call, as JavaScript does", () => {
    const p = parseProgram("const f = g\n(1)");
    expect(p.body).toHaveLength(1);
  });

  it("ends `return` at a line break", () => {
    const p = parseProgram("const f = () => {\n  return\n  1\n}");
    const arrow = (p.body[0] as A.VarDecl).declarations[0]!.init as A.ArrowFunction;
    const body = (arrow.body as A.Block).body;
    expect(body[0]).toMatchObject({ kind: "Return", argument: undefined });
    expect(body[1]!.kind).toBe("ExpressionStatement");
  });

  it("takes semicolons, empty statements, blocks, if/else chains and for-of", () => {
    const p = parseProgram(";;let x = 1; { const y = 2; x = y };\nif (x) x = 2; else if (!x) { x = 3 } else x = 4\nfor (const r of runs) x += 1");
    expect(p.body.map((s) => s.kind)).toEqual(["Empty", "Empty", "VarDecl", "Block", "Empty", "If", "ForOf"]);
  });

  it("parses type annotations on parameters, declarations and arrow results", () => {
    const p = parseProgram("const isActive = (run: Run, n?: number): boolean => true\nconst xs: (string | undefined)[] = []\nconst m: Record<string, Run[]> = {}");
    const arrow = (p.body[0] as A.VarDecl).declarations[0]!.init as A.ArrowFunction;
    expect(arrow.params[0]!.type).toMatchObject({ kind: "TypeRef", name: "Run" });
    expect(arrow.params[1]).toMatchObject({ optional: true, type: { kind: "TypeRef", name: "number" } });
    expect(arrow.returnType).toMatchObject({ kind: "TypeRef", name: "boolean" });
    expect((p.body[1] as A.VarDecl).declarations[0]!.type).toMatchObject({ kind: "ArrayType", element: { kind: "UnionType" } });
    expect((p.body[2] as A.VarDecl).declarations[0]!.type).toMatchObject({ kind: "TypeRef", name: "Record", args: [{ name: "string" }, { kind: "ArrayType" }] });
  });

  it("parses destructuring patterns with defaults and rest", () => {
    const p = parseProgram("const { a, b: [c, d = 1, ...e], ...f } = o");
    expect(shape((p.body[0] as A.VarDecl).declarations[0]!.target)).toMatchObject({
      kind: "ObjectPattern",
      properties: [
        { key: "a", shorthand: true },
        { key: "b", target: { kind: "ArrayPattern", elements: [{ target: { name: "c" } }, { target: { name: "d" }, defaultValue: { value: 1 } }], rest: { name: "e" } } },
      ],
      rest: { name: "f" },
    });
  });
});

describe("literals", () => {
  const value = (src: string) => (only(src) as { value: unknown }).value;

  it("reads numbers in every JavaScript form", () => {
    expect([value("0.5"), value("1e9"), value(".5"), value("0x1F"), value("0b101"), value("0o17"), value("1_000_000"), value("2.5e-3")]).toEqual([0.5, 1e9, 0.5, 31, 5, 15, 1_000_000, 0.0025]);
  });

  it("decodes string escapes in both quotes", () => {
    expect(value(String.raw`"a\nb\t\\\"\x41\u0042\u{1F600}"`)).toBe('a\nb\t\\"AB\u{1F600}');
    expect(value(String.raw`'it\'s'`)).toBe("it's");
    expect(value('"a\\\nb"')).toBe("ab");
  });

  it("splits template literals into text and substitutions, nested ones too", () => {
    const t = only("`a${1}b${`c${2}`}d${ {x: 1}.x }`") as A.TemplateLiteral;
    expect(t.quasis).toEqual(["a", "b", "d", ""]);
    expect(t.expressions.map((e) => e.kind)).toEqual(["Number", "Template", "Member"]);
    expect((t.expressions[1] as A.TemplateLiteral).quasis).toEqual(["c", ""]);
    expect((only("`line1\nline2 \\` \\${x}`") as A.TemplateLiteral).quasis).toEqual(["line1\nline2 ` ${x}"]);
  });

  it("reads object literals with shorthand, computed keys, string keys and spread", () => {
    const o = only("({ a, 'b c': 1, [k]: 2, ...rest, if: 3 })") as A.ObjectLiteral;
    expect(o.properties.map((p) => (p.kind === "Spread" ? "..." : typeof p.key === "string" ? p.key : "[computed]"))).toEqual(["a", "b c", "[computed]", "...", "if"]);
  });
});

describe("spans", () => {
  it("puts a line and column on every node", () => {
    const p = parseProgram("const x = 1\nconst y = x +\n  runs.length");
    const decl = (p.body[1] as A.VarDecl).declarations[0]!;
    const init = decl.init as A.Binary;
    expect(init.span).toMatchObject({ line: 2, column: 11, endLine: 3, endColumn: 14 });
    expect((init.right as A.Member).propertySpan).toMatchObject({ line: 3, column: 8 });
  });
});

describe("syntax errors say what was expected, and where", () => {
  const rows: { src: string; message: string; at: [number, number] }[] = [
    { src: "runs.filter(r => runName(r)", message: "expected `,` or `)` to close the call opened at 1:12, found the end of input", at: [1, 28] },
    { src: "[1, 2", message: "expected `,` or `]` to close the array opened at 1:1, found the end of input", at: [1, 6] },
    { src: "const x = {a: 1", message: "expected `,` or `}` to close the object opened at 1:11, found the end of input", at: [1, 16] },
    { src: "if (x {", message: "expected `)` to close the condition opened at 1:4, found `{`", at: [1, 7] },
    { src: "a b", message: "expected `;` or a line break before `b`", at: [1, 3] },
    { src: "1 +", message: "expected an expression, found the end of input", at: [1, 4] },
    { src: "const x: = 1", message: "expected a type, found `=`", at: [1, 10] },
    { src: "const x: number | = 1", message: "expected a type, found `=`", at: [1, 19] },
    { src: "const x: - = 1", message: "expected a number, found `=`", at: [1, 12] },
    { src: "'abc", message: "unterminated string literal", at: [1, 1] },
    { src: "`abc ${x}", message: "expected `` ` `` to close the template literal opened at 1:1, found the end of input", at: [1, 10] },
    { src: "function f() {}", message: "`function` is not part of Weft; use an arrow function: `const f = (x) => …`", at: [1, 1] },
    { src: "var x = 1", message: "`var` is not part of Weft; use `const` or `let`", at: [1, 1] },
    { src: "while (true) {}", message: "`while` is not part of Weft; use `for (const x of xs)` or an array method", at: [1, 1] },
    { src: "-x ** 2", message: "a unary `-` before `**` needs parentheses: write `(-x) ** y`", at: [1, 1] },
    { src: "a ?? b || c", message: "`??` cannot be mixed with `||` or `&&` without parentheses", at: [1, 8] },
    { src: "{a: 1}", message: "expected `;` or a line break before `:` (a statement that starts with `{` is a block: wrap an object literal in parentheses, `({ … })`)", at: [1, 3] },
    { src: "return 1", message: "`return` belongs inside a block-bodied arrow function; a program's value is its last expression statement", at: [1, 1] },
    { src: "const x", message: "a `const` declaration needs a value: `const x = …`", at: [1, 7] },
    { src: "017", message: "a number cannot start with `0` followed by a digit (legacy octal); write it without the leading zero", at: [1, 1] },
    { src: String.raw`"\1"`, message: "octal escapes such as `\\1` are not allowed; use `\\x01`", at: [1, 1] },
    { src: "a # b", message: "unexpected character `#`", at: [1, 3] },
    { src: "x?.y = 1", message: "an optional chain cannot be the target of an assignment", at: [1, 1] },
    { src: "f() = 1", message: "invalid assignment target: only a name, `obj.key` or `obj[key]` can be assigned", at: [1, 1] },
    { src: "(a, b) => { return }\n)", message: "unexpected `)`", at: [2, 1] },
  ];
  for (const { src, message, at } of rows) {
    it(JSON.stringify(src), () => {
      const e = syntaxError(src);
      expect(e.kind).toBe("syntax");
      expect(e.message).toBe(message);
      expect([e.line, e.column]).toEqual(at);
    });
  }
});

describe("limits at parse time", () => {
  it("refuses 20,000 nested brackets with a limit error, not a stack overflow", () => {
    const e = syntaxError("(".repeat(20_000) + "1" + ")".repeat(20_000));
    expect(e.kind).toBe("limit");
    expect(e.message).toBe("brackets nest more than 100 deep (raise limits.maxNesting)");
  });

  it("refuses deep nesting without brackets as a limit error", () => {
    expect(syntaxError("!".repeat(50_000) + "x").kind).toBe("limit");
  });

  it("refuses source over the length limit, and more syntax nodes than allowed", () => {
    expect(() => parseProgram("1 + 1", { maxSourceLength: 3 })).toThrow("the source is 5 characters long, over the limit of 3");
    expect(() => parseProgram("[1, 2, 3, 4]", { maxAstNodes: 4 })).toThrow("the program has 9 tokens, over the limit of 4 syntax nodes");
    expect(() => parseProgram("a", { maxAstNodes: 2 })).toThrow("the program has 3 syntax nodes, over the limit of 2");
  });
});

describe("the printer", () => {
  const sources = [
    ...referenceExamples.map((e) => e.source),
    "a + b * c - (d - e) ** f ** g",
    "(-a) ** 2",
    "(a ?? b) || (c && d)",
    "const f = (x: number, ...rest: string[]): boolean => ({ a: x, [k]: 1, ...rest })",
    "x?.[0]?.(1).y",
    "(a?.b).c",
    "const { a, b: [c, d = 1], ...e } = o",
    "`a${`b${1}`}\\` \\${x}`",
    "if (a) b; else if (c) { d } else e",
    "for (let [k, v] of Object.entries(o)) { x += v; y++; --z }",
    "- -x + +(+y) - (typeof z)",
    "(1).toFixed(2) + (x => x)(2)",
    "a = b ? c : d ? e : f",
  ];
  for (const src of sources) {
    it(`round-trips ${JSON.stringify(src.slice(0, 40))}`, () => {
      const ast = parseProgram(src);
      const printed = print(ast);
      const again = parseProgram(printed);
      expect(shape(again)).toEqual(shape(ast));
      expect(print(again)).toBe(printed);
    });
  }
});

describe("the grammar", () => {
  it("passes Chevrotain's own validations (no ambiguity it cannot resolve, no left recursion)", async () => {
    const { WeftParser } = await import("../grammar/parser.js");
    const { defaultParserErrorProvider } = await import("chevrotain");
    expect(() => new WeftParser(defaultParserErrorProvider, { validate: true })).not.toThrow();
  });

  it("has token definitions that pass Chevrotain's lexer validations", async () => {
    const { Lexer } = await import("chevrotain");
    const { lexerDefinition } = await import("../grammar/tokens.js");
    const { lexerOptions } = await import("../grammar/index.js");
    const lexer = new Lexer(lexerDefinition, lexerOptions(true));
    expect(lexer.lexerDefinitionErrors).toEqual([]);
  });
});

describe("elisions", () => {
  it("reads holes in array literals and patterns, and prints them back", () => {
    for (const src of ["[1, , 3];", "[, 1];", "[1, ,];", "[,];", "const [x, , z] = xs;", "const [, y] = xs;"]) {
      const ast = parseProgram(src);
      expect(print(ast)).toBe(src);
    }
    const arr = only("[1, , 3]") as A.ArrayLiteral;
    expect(arr.elements.map((e) => e.kind)).toEqual(["Number", "Elision", "Number"]);
    expect((only("[1,]") as A.ArrayLiteral).elements).toHaveLength(1);
  });
});
