/**
 * A property: for random expression trees over number, string, boolean, null and undefined
 * literals, combined with every unary and binary operator and `?:` (written fully parenthesised,
 * so precedence never decides anything), Weft's value is V8's (compared with `canonical`), or
 * both fail.
 *
 * The programs are plain JavaScript: no annotations to strip, and no names but `NaN`,
 * `Infinity` and `undefined`, which every realm has. So V8 runs them directly in one shared
 * `node:vm` context rather than through test/helpers/v8-reference.ts, which builds a fresh
 * context and workspace per program (≈18 ms each); the first test checks on a few samples that
 * the shortcut answers as the reference does. Seeded and bounded, so a run takes a second or two;
 * on a failure `fc.assert` prints the seed, the path and the shrunk expression.
 */
import vm from "node:vm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonical } from "./helpers/canonical.js";
import { runInV8 } from "./helpers/v8-reference.js";
import { sampleFile, SAMPLE_NOW, sample } from "./helpers/weft.js";
import { check, compileUnchecked } from "../src/api.js";

type Node =
  | { kind: "leaf"; text: string }
  | { kind: "unary"; op: string; arg: Node }
  | { kind: "binary"; op: string; left: Node; right: Node }
  | { kind: "conditional"; test: Node; then: Node; else: Node };

const UNARY = ["!", "-", "+", "typeof "];
const BINARY = ["**", "*", "/", "%", "+", "-", "<", "<=", ">", ">=", "===", "!==", "==", "!=", "&&", "||", "??"];

/** A number as source text: negative numbers (and -0) as a parenthesised unary minus. */
function numberText(n: number): string {
  if (Number.isNaN(n)) return "NaN";
  if (n === Infinity) return "Infinity";
  if (n === -Infinity) return "(-Infinity)";
  if (n < 0 || Object.is(n, -0)) return `(-${Object.is(n, -0) ? "0" : String(-n)})`;
  return String(n);
}

const numberLeaf = fc
  .oneof(
    fc.constantFrom(0, -0, 1, 2, 3, 10, 0.5, 1.5, 255, 1e21, 5e-324, 2 ** 53, NaN, Infinity, -Infinity, -1),
    fc.integer({ min: -1000, max: 1000 }),
    fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  )
  .map(numberText);

/** Strings chosen to exercise ToNumber and string comparison: blanks, exponents, hex, signs, words. */
const stringLeaf = fc
  .oneof(
    fc.constantFrom("", " ", "0", "1", "-1", " 12 ", "1e3", ".5", "0x1F", "0b11", "Infinity", "-Infinity", "NaN", "abc", "true", "null", "10", "9", "a", "B", "\n"),
    fc.string({ unit: fc.constantFrom("0", "1", "9", " ", ".", "e", "x", "-", "+", "a"), maxLength: 4 }),
  )
  .map((s) => JSON.stringify(s));

const leaf: fc.Arbitrary<Node> = fc
  .oneof(numberLeaf, stringLeaf, fc.constantFrom("true", "false", "null", "undefined"))
  .map((text) => ({ kind: "leaf", text }));

const { expr } = fc.letrec<{ expr: Node; unary: Node; binary: Node; conditional: Node }>((tie) => ({
  expr: fc.oneof({ maxDepth: 4, depthIdentifier: "expr" }, leaf, tie("unary"), tie("binary"), tie("binary"), tie("conditional")),
  unary: fc.record({ kind: fc.constant("unary" as const), op: fc.constantFrom(...UNARY), arg: tie("expr") }),
  binary: fc.record({ kind: fc.constant("binary" as const), op: fc.constantFrom(...BINARY), left: tie("expr"), right: tie("expr") }),
  conditional: fc.record({ kind: fc.constant("conditional" as const), test: tie("expr"), then: tie("expr"), else: tie("expr") }),
}));

/** Fully parenthesised source text: every operator application is wrapped in parentheses. */
function print(n: Node): string {
  switch (n.kind) {
    case "leaf":
      return n.text;
    case "unary":
      return `(${n.op}${print(n.arg)})`;
    case "binary":
      return `(${print(n.left)} ${n.op} ${print(n.right)})`;
    case "conditional":
      return `(${print(n.test)} ? ${print(n.then)} : ${print(n.else)})`;
  }
}

type Outcome = { value: unknown } | { failed: string };

function outcome(run: () => unknown): Outcome {
  try {
    return { value: canonical(run()) };
  } catch (e) {
    return { failed: e instanceof Error ? e.name : String(e) };
  }
}

const context = vm.createContext({});
const inV8 = (src: string): unknown => new vm.Script(src).runInContext(context, { timeout: 1000 });

/**
 * Equal values, or a failure on both sides (the errors' names may differ: Weft has its own). Most
 * random expressions are ones TypeScript rejects (`"a" * null`), so the evaluator runs them with
 * the checker off; the checker must still answer for every one without throwing.
 */
function agree(src: string): void {
  const diagnostics = check(src);
  for (const d of diagnostics) expect(d.span.end).toBeLessThanOrEqual(src.length);
  const w = outcome(() => compileUnchecked(src).run(sample, { now: SAMPLE_NOW }).value);
  const v = outcome(() => inV8(src));
  if ("failed" in w && "failed" in v) return;
  expect({ src, ...w }).toEqual({ src, ...v });
}

describe("expressions over literals agree with V8", () => {
  it("the shared context answers as the V8 reference does", () => {
    const samples = fc.sample(expr, { seed: 7, numRuns: 10 }).map(print);
    for (const src of samples) {
      expect(outcome(() => inV8(src))).toEqual(outcome(() => runInV8(src, sampleFile, { now: SAMPLE_NOW }).value));
    }
  });

  it("for random fully parenthesised expressions", () => {
    fc.assert(
      fc.property(expr, (node) => agree(print(node))),
      { seed: 42, numRuns: 300 },
    );
  });
});
