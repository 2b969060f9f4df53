/**
 * AST → source text, with the fewest parentheses that keep the tree: `parseProgram(print(ast))`
 * gives back the same tree (spans aside), and printing that again gives the same text.
 */
import type * as A from "./ast.js";

/** Binding power of an expression as an operand: higher binds tighter. */
const enum Prec {
  Assign = 2,
  Conditional = 3,
  Coalesce = 4,
  Or = 4,
  And = 5,
  Equality = 6,
  Relational = 7,
  Additive = 9,
  Multiplicative = 10,
  Exponent = 11,
  Unary = 12,
  Postfix = 13,
  Call = 14,
  Primary = 15,
}

const BINARY_PREC: Record<A.BinaryOperator, Prec> = {
  "??": Prec.Coalesce, "||": Prec.Or, "&&": Prec.And,
  "==": Prec.Equality, "!=": Prec.Equality, "===": Prec.Equality, "!==": Prec.Equality,
  "<": Prec.Relational, "<=": Prec.Relational, ">": Prec.Relational, ">=": Prec.Relational,
  "+": Prec.Additive, "-": Prec.Additive, "*": Prec.Multiplicative, "/": Prec.Multiplicative, "%": Prec.Multiplicative, "**": Prec.Exponent,
};

function precedence(e: A.Expression): Prec {
  switch (e.kind) {
    case "Arrow":
    case "Assign":
      return Prec.Assign;
    case "Conditional":
      return Prec.Conditional;
    case "Binary":
      return BINARY_PREC[e.operator];
    case "Unary":
      return Prec.Unary;
    case "Update":
      return e.prefix ? Prec.Unary : Prec.Postfix;
    case "Member":
    case "Index":
    case "Call":
    case "Chain":
    case "New":
      return Prec.Call;
    default:
      return Prec.Primary;
  }
}

export function print(program: A.Program): string {
  return program.body.map((s) => statement(s, "")).join("\n");
}

const INDENT = "  ";

function statement(s: A.Statement, indent: string): string {
  switch (s.kind) {
    case "ExpressionStatement": {
      const text = expression(s.expression, Prec.Assign);
      // An expression statement cannot start with `{` (a block) or with an arrow's `(` ambiguity-free forms only.
      return indent + (/^\{/.test(text) ? `(${text})` : text) + ";";
    }
    case "VarDecl":
      return indent + `${s.declKind} ${s.declarations.map(declarator).join(", ")};`;
    case "If": {
      // `if (a) if (b) x; else y;` would give the `else` to the inner `if`: a hand-built tree can
      // say otherwise, and then the consequent needs braces (the parser never builds such a tree).
      const consequent = s.alternate && endsInOpenIf(s.consequent) ? block({ kind: "Block", body: [s.consequent], span: s.consequent.span }, indent) : body(s.consequent, indent);
      let out = `${indent}if (${expression(s.test, 0)}) ${consequent}`;
      if (s.alternate) out += ` else ${s.alternate.kind === "If" ? statement(s.alternate, indent).trimStart() : body(s.alternate, indent)}`;
      return out;
    }
    case "ForOf":
      return `${indent}for (${s.declKind} ${pattern(s.target)}${s.type ? ": " + type(s.type) : ""} of ${expression(s.iterable, Prec.Assign)}) ${body(s.body, indent)}`;
    case "Return":
      return indent + (s.argument ? `return ${expression(s.argument, 0)};` : "return;");
    case "Block":
      return indent + block(s, indent);
    case "Empty":
      return indent + ";";
  }
}

/** Whether an `else` written after `s` would belong to an `if` inside it. */
function endsInOpenIf(s: A.Statement): boolean {
  if (s.kind === "If") return s.alternate === undefined || endsInOpenIf(s.alternate);
  if (s.kind === "ForOf") return endsInOpenIf(s.body);
  return false;
}

/** A statement in the position of an `if` or loop body, on the same line. */
function body(s: A.Statement, indent: string): string {
  if (s.kind === "Block") return block(s, indent);
  return statement(s, indent).trimStart();
}

function block(b: A.Block, indent: string): string {
  if (b.body.length === 0) return "{}";
  return `{\n${b.body.map((s) => statement(s, indent + INDENT)).join("\n")}\n${indent}}`;
}

function declarator(d: A.Declarator): string {
  return pattern(d.target) + (d.type ? `: ${type(d.type)}` : "") + (d.init ? ` = ${expression(d.init, Prec.Assign)}` : "");
}

function pattern(p: A.Pattern): string {
  switch (p.kind) {
    case "Identifier":
      return p.name;
    case "ArrayPattern": {
      const items = p.elements.map((e) => (e.kind === "Elision" ? "" : pattern(e.target) + (e.defaultValue ? ` = ${expression(e.defaultValue, Prec.Assign)}` : "")));
      if (p.rest) items.push("..." + pattern(p.rest));
      return `[${items.join(", ")}${!p.rest && items.length > 0 && items[items.length - 1] === "" ? "," : ""}]`;
    }
    case "ObjectPattern": {
      const items = p.properties.map((prop) => {
        const def = prop.defaultValue ? ` = ${expression(prop.defaultValue, Prec.Assign)}` : "";
        if (prop.shorthand) return prop.key + def;
        return `${propertyName(prop.key)}: ${pattern(prop.target)}${def}`;
      });
      if (p.rest) items.push("..." + p.rest.name);
      return `{ ${items.join(", ")} }`;
    }
  }
}

function propertyName(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
}

function wrap(text: string, needed: boolean): string {
  return needed ? `(${text})` : text;
}

/** The text of an expression that sits where an operand of precedence `min` is expected. */
/** How messages (the checker's and the evaluator's alike) name what a call calls: its name, or its text, shortened. */
export function calleeName(e: A.Expression): string {
  if (e.kind === "Identifier") return e.name;
  if (e.kind === "Member") return e.property;
  const text = expression(e, 0).replace(/\s+/g, " ");
  return text.length <= 40 ? text : text.slice(0, 37) + "…";
}

export function expression(e: A.Expression, min: number): string {
  return wrap(bare(e), precedence(e) < min);
}

function args(items: readonly (A.Expression | A.Spread | A.Elision)[]): string {
  const text = items.map((a) => (a.kind === "Elision" ? "" : a.kind === "Spread" ? "..." + expression(a.argument, Prec.Assign) : expression(a, Prec.Assign))).join(", ");
  // A hole at the end needs its own trailing comma: `[1, ,]` has two elements.
  return items.length > 0 && items[items.length - 1]!.kind === "Elision" ? text + "," : text;
}

function bare(e: A.Expression): string {
  switch (e.kind) {
    case "Number":
      return numberText(e.value);
    case "String":
      return JSON.stringify(e.value);
    case "Template": {
      let out = "`" + templateText(e.quasis[0]!);
      e.expressions.forEach((x, i) => {
        out += "${" + expression(x, 0) + "}" + templateText(e.quasis[i + 1]!);
      });
      return out + "`";
    }
    case "Boolean":
      return String(e.value);
    case "Null":
      return "null";
    case "Undefined":
      return "undefined";
    case "Identifier":
      return e.name;
    case "Array":
      return `[${args(e.elements)}]`;
    case "Object": {
      if (e.properties.length === 0) return "{}";
      const props = e.properties.map((p) => {
        if (p.kind === "Spread") return "..." + expression(p.argument, Prec.Assign);
        if (p.shorthand) return p.key as string;
        const key = typeof p.key === "string" ? propertyName(p.key) : `[${expression(p.key, Prec.Assign)}]`;
        return `${key}: ${expression(p.value, Prec.Assign)}`;
      });
      return `{ ${props.join(", ")} }`;
    }
    case "Arrow": {
      const params = `(${e.params.map(parameter).join(", ")})`;
      const ret = e.returnType ? `: ${type(e.returnType)}` : "";
      if (e.body.kind === "Block") return `${params}${ret} => ${block(e.body, "")}`;
      const text = expression(e.body, Prec.Assign);
      return `${params}${ret} => ${text.startsWith("{") ? `(${text})` : text}`;
    }
    case "Unary": {
      const arg = expression(e.argument, Prec.Unary);
      // Keep `- -x` and `+ +x` from fusing into `--x`.
      const sep = e.operator === "typeof" || ((e.operator === "-" || e.operator === "+") && (arg.startsWith(e.operator))) ? " " : "";
      return e.operator + sep + arg;
    }
    case "Update": {
      const target = expression(e.target, Prec.Postfix);
      return e.prefix ? e.operator + target : target + e.operator;
    }
    case "Binary": {
      const p = BINARY_PREC[e.operator];
      const right = e.operator === "**";
      const logical = e.operator === "??" || e.operator === "||" || e.operator === "&&";
      const operand = (x: A.Expression, side: "left" | "right") => {
        const xp = precedence(x);
        let needed = side === "left" ? (right ? xp <= p : xp < p) : right ? xp < p : xp <= p;
        if (right && side === "left" && x.kind === "Unary") needed = true;
        // `??` may not share a level with `||` or `&&` without parentheses.
        if (logical && x.kind === "Binary" && (x.operator === "??") !== (e.operator === "??") && (x.operator === "??" || x.operator === "||" || x.operator === "&&")) needed = true;
        return wrap(bare(x), needed);
      };
      return `${operand(e.left, "left")} ${e.operator} ${operand(e.right, "right")}`;
    }
    case "Conditional":
      return `${expression(e.test, Prec.Coalesce)} ? ${expression(e.consequent, Prec.Assign)} : ${expression(e.alternate, Prec.Assign)}`;
    case "Assign":
      return `${expression(e.target, Prec.Call)} ${e.operator} ${expression(e.value, Prec.Assign)}`;
    case "Member":
      return `${callee(e.object)}${e.optional ? "?." : "."}${e.property}`;
    case "Index":
      return `${callee(e.object)}${e.optional ? "?.[" : "["}${expression(e.index, 0)}]`;
    case "Call":
      return `${callee(e.callee)}${e.optional ? "?.(" : "("}${args(e.args)})`;
    case "Chain":
      return bare(e.expression);
    case "New":
      return `new ${e.callee.name}(${args(e.args)})`;
  }
}

/** The object of a member access or call: a number literal or a chain that ended must be parenthesised. */
function callee(e: A.Expression): string {
  if (e.kind === "Number" || e.kind === "Chain") return `(${bare(e)})`;
  return expression(e, Prec.Call);
}

function numberText(n: number): string {
  // A literal too large for a double (`1e400`) is Infinity: printed as a literal again, not as the name.
  return n === Infinity ? "1e999" : String(n);
}

function templateText(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/`/g, "\\`").replace(/\$\{/g, "\\${").replace(/\r/g, "\\r");
}

function parameter(p: A.Parameter): string {
  return (p.rest ? "..." : "") + pattern(p.target) + (p.optional ? "?" : "") + (p.type ? `: ${type(p.type)}` : "") + (p.defaultValue ? ` = ${expression(p.defaultValue, Prec.Assign)}` : "");
}

export function type(t: A.TypeNode): string {
  switch (t.kind) {
    case "TypeRef":
      return t.name + (t.args.length > 0 ? `<${t.args.map(type).join(", ")}>` : "");
    case "ArrayType": {
      const inner = type(t.element);
      return (t.element.kind === "UnionType" || t.element.kind === "FunctionType" ? `(${inner})` : inner) + "[]";
    }
    case "UnionType":
      return t.types.map((x) => (x.kind === "FunctionType" || x.kind === "UnionType" ? `(${type(x)})` : type(x))).join(" | ");
    case "LiteralType":
      return typeof t.value === "string" ? JSON.stringify(t.value) : String(t.value);
    case "FunctionType":
      return `(${t.params.map(parameter).join(", ")}) => ${type(t.returns)}`;
    case "TupleType":
      return `[${t.elements.map(type).join(", ")}]`;
    case "ObjectType":
      return `{ ${t.members.map((m) => `${propertyName(m.name)}${m.optional ? "?" : ""}: ${type(m.type)}`).join("; ")} }`;
  }
}
