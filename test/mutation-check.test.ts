/**
 * Tests written to kill the checker's surviving mutants (docs/mutation.md): the type algebra of
 * src/check/types.ts held to TypeScript itself, and the checker's diagnostics on programs the
 * golden corpus (test/check/golden/) does not cover.
 *
 * The type algebra: a set of types that TypeScript can write is rendered with `typeToString`, and
 * for every pair TypeScript's own checker (the `typescript` package, strict mode) says whether a
 * value of one may stand where the other is expected (`const d: B = a`) and whether `a === b` is
 * allowed (TS2367, "no overlap"). Weft's `assignable` and `overlaps` must answer the same, but for
 * the simplifications docs/checker.md describes, listed below with their reasons.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type TS from "typescript";
import { describe, expect, it } from "vitest";
import {
  ANY, BOOLEAN, DATE, JSON_T, NEVER, NULL, NUMBER, STRING, UNDEFINED, UNKNOWN,
  arrayOf, assignable, containsVar, dict, entity, falsyPart, fn, hasNullish, infer, isNullish, members, mergeObjects, numeric, overlaps,
  removeNullish, sameType, stringLike, substitute, truthyPart, typeToString, union, widen,
  type Type,
} from "../src/check/types.js";
import { check } from "../src/api.js";
import type * as A from "../src/ast.js";
import { checkProgram } from "../src/check/checker.js";
import { parseProgram, parseType } from "../src/parse.js";
import { resolveType, signatureType, UnknownTypeName } from "../src/check/stdlib-types.js";
import { dataShape } from "../src/check/data-shape.js";
import { sample } from "./helpers/weft.js";

const lit = (value: string | number | boolean): Type => ({ k: "literal", value });
const tuple = (...elements: Type[]): Type => ({ k: "tuple", elements });
const obj = (props: Record<string, Type>): Type => ({ k: "object", props: new Map(Object.entries(props)) });
const param = (name: string, type: Type, optional = false) => ({ name, type, optional });
const tvar = (name: string): Type => ({ k: "var", name });

/** Types TypeScript can write as typeToString writes them. */
const TYPES: Type[] = [
  NUMBER, STRING, BOOLEAN, NULL, UNDEFINED, DATE, ANY, UNKNOWN, NEVER,
  lit("a"), lit("b"), lit(1), lit(0), lit(true), lit(false),
  arrayOf(NUMBER), arrayOf(STRING), arrayOf(union([NUMBER, STRING])), arrayOf(lit("a")),
  tuple(NUMBER, STRING), tuple(NUMBER), tuple(NUMBER, NUMBER),
  obj({}), obj({ a: NUMBER }), obj({ a: STRING }), obj({ a: NUMBER, b: STRING }), obj({ b: STRING }),
  dict(NUMBER), dict(STRING), dict(union([NUMBER, STRING])),
  fn([param("x", NUMBER)], STRING), fn([param("x", STRING)], STRING), fn([], NUMBER), fn([param("x", NUMBER), param("y", NUMBER)], NUMBER),
  fn([param("x", NUMBER, true)], NUMBER), fn([], UNDEFINED),
  union([NUMBER, UNDEFINED]), union([STRING, NULL]), union([lit("a"), lit("b")]), union([NUMBER, STRING]), union([DATE, UNDEFINED]),
  union([arrayOf(NUMBER), UNDEFINED]), union([obj({ a: NUMBER }), NULL]),
];

/**
 * Pairs where Weft's answer differs from TypeScript's on purpose (docs/checker.md): `[source,
 * target]` as typeToString writes them, with the reason.
 */
const ASSIGNABLE_DIFFERENCES: Record<string, string> = {
  "any → never": "`any` is unchecked: it stands anywhere",
  "unknown → {}": "`{}` takes any value but null and undefined, and `unknown` is not known to be either",
  "() => number → () => undefined": "a function expected to return undefined is a callback whose result is ignored, as `void` in TypeScript",
  "(x?: number) => number → () => undefined": "a function expected to return undefined is a callback whose result is ignored, as `void` in TypeScript",
};

/** TypeScript's "is not assignable" errors (TS2322 and its variants for missing properties). */
const NOT_ASSIGNABLE = [2322, 2739, 2740, 2741, 2559, 2375];

/** TypeScript's answers, from one program with a statement per pair. */
function typescriptAnswers(pairs: [Type, Type][], statement: (a: string, b: string, i: number) => string, codes: readonly number[]): boolean[] {
  const lines = pairs.map(([a, b], i) => statement(typeToString(a), typeToString(b), i));
  const text = lines.join("\n");
  // Under mutation testing (WEFT_V8_CACHE, vitest.mutation.config.ts) TypeScript's answers are kept
  // on disk: they do not depend on Weft, and asking TypeScript takes seconds.
  const cacheDir = process.env.WEFT_V8_CACHE || undefined;
  const cachePath = cacheDir && join(cacheDir, "typescript", createHash("sha256").update(JSON.stringify([text, codes])).digest("hex"));
  if (cachePath) {
    try {
      return JSON.parse(readFileSync(cachePath, "utf8")) as boolean[];
    } catch {
      // not asked yet
    }
  }
  const ts = createRequire(import.meta.url)("typescript") as typeof TS;
  const fileName = "pairs.ts";
  const options: TS.CompilerOptions = { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, lib: ["lib.es2022.d.ts"], types: [] };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version) => (name === fileName ? ts.createSourceFile(name, text, version) : getSourceFile(name, version));
  const program = ts.createProgram([fileName], options, host);
  const file = program.getSourceFile(fileName)!;
  const refused = new Set<number>();
  for (const d of ts.getPreEmitDiagnostics(program, file)) {
    if (d.start === undefined) continue;
    if (!codes.includes(d.code)) throw new Error(`unexpected TypeScript error ${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")} at line ${file.getLineAndCharacterOfPosition(d.start).line + 1}: ${lines[file.getLineAndCharacterOfPosition(d.start).line]}`);
    refused.add(file.getLineAndCharacterOfPosition(d.start).line);
  }
  const answers = pairs.map((_, i) => !refused.has(i));
  if (cachePath) {
    mkdirSync(join(cachePath, ".."), { recursive: true });
    writeFileSync(cachePath, JSON.stringify(answers));
  }
  return answers;
}

describe("types: assignability and overlap agree with TypeScript's", () => {
  const pairs: [Type, Type][] = TYPES.flatMap((a) => TYPES.map((b): [Type, Type] => [a, b]));

  it("a value of one type may stand where another is expected exactly where TypeScript allows it", () => {
    const answers = typescriptAnswers(pairs, (a, b, i) => `declare const s${i}: ${a}; const d${i}: ${b} = s${i};`, NOT_ASSIGNABLE);
    const disagreements = pairs
      .map(([a, b], i) => ({ pair: `${typeToString(a)} → ${typeToString(b)}`, typescript: answers[i], weft: assignable(a, b) }))
      .filter((r) => r.typescript !== r.weft && !(r.pair in ASSIGNABLE_DIFFERENCES));
    expect(disagreements).toEqual([]);
    // Each listed difference is still one (a stale entry would hide nothing).
    for (const pair of Object.keys(ASSIGNABLE_DIFFERENCES)) {
      const i = pairs.findIndex(([a, b]) => `${typeToString(a)} → ${typeToString(b)}` === pair);
      expect(i, pair).toBeGreaterThanOrEqual(0);
      expect(answers[i], pair).not.toBe(assignable(pairs[i]![0], pairs[i]![1]));
    }
  });

  it("=== between two types is refused only where TypeScript refuses it, and for some of them", () => {
    // Weft's overlap is shallow (arrays overlap arrays, objects objects), so it refuses less than
    // TypeScript; what it refuses, TypeScript must refuse too. `{}` is left out: Weft reads it as
    // an empty object literal's type, TypeScript as "any value but null and undefined".
    const some = pairs.filter(([a, b]) => typeToString(a) !== "{}" && typeToString(b) !== "{}");
    const answers = typescriptAnswers(some, (a, b, i) => `declare const a${i}: ${a}; declare const b${i}: ${b}; a${i} === b${i};`, [2367]);
    const unsound = some
      .map(([a, b], i) => ({ pair: `${typeToString(a)} === ${typeToString(b)}`, typescript: answers[i], weft: overlaps(a, b) }))
      .filter((r) => r.typescript && !r.weft);
    expect(unsound).toEqual([]);
    const refusedByBoth = some.filter(([a, b], i) => !answers[i] && !overlaps(a, b)).length;
    expect(refusedByBoth).toBeGreaterThan(100);
  });

  it("=== is refused between literals of different values, and between kinds that share no value", () => {
    const refused: [Type, Type][] = [
      [lit("a"), lit("b")], [lit(1), lit(0)], [lit(true), lit(false)], [lit(1), lit("a")], [lit("a"), NUMBER], [NUMBER, lit("a")],
      [NUMBER, STRING], [DATE, NUMBER], [entity("Run"), entity("User")], [obj({ a: NUMBER }), arrayOf(NUMBER)], [arrayOf(NUMBER), dict(NUMBER)],
      [JSON_T, DATE], [DATE, JSON_T], [JSON_T, entity("Run")], [union([lit("a"), lit("b")]), lit("c")], [BOOLEAN, union([NUMBER, STRING])],
    ];
    for (const [a, b] of refused) expect(overlaps(a, b), `${typeToString(a)} === ${typeToString(b)}`).toBe(false);
    const allowed: [Type, Type][] = [
      [lit("a"), lit("a")], [lit("a"), STRING], [STRING, lit("a")], [lit(1), NUMBER], [NUMBER, NUMBER], [entity("Run"), entity("Run")],
      [obj({ a: NUMBER }), dict(NUMBER)], [dict(NUMBER), obj({})], [arrayOf(NUMBER), tuple(NUMBER)], [tuple(STRING), arrayOf(NUMBER)],
      [JSON_T, NUMBER], [NUMBER, JSON_T], [JSON_T, JSON_T], [JSON_T, UNDEFINED], [JSON_T, arrayOf(STRING)], [ANY, DATE], [DATE, UNKNOWN], [tvar("T"), NUMBER], [NEVER, STRING],
      [NULL, NUMBER], [NUMBER, UNDEFINED], [union([NUMBER, STRING]), lit("x")], [lit(2), union([STRING, NUMBER])],
    ];
    for (const [a, b] of allowed) expect(overlaps(a, b), `${typeToString(a)} === ${typeToString(b)}`).toBe(true);
    // Below the top level, null and undefined are compared like any other type.
    expect(overlaps(union([NUMBER, NULL]), union([STRING, UNDEFINED]))).toBe(false);
    expect(overlaps(union([NUMBER, NULL]), union([STRING, NULL]))).toBe(true);
  });
});

describe("types: assignability of Weft's own types", () => {
  it("a JSON value stands for any JSON type, and only for those", () => {
    const yes = [NUMBER, STRING, BOOLEAN, NULL, UNDEFINED, JSON_T, ANY, UNKNOWN, lit(1), dict(NUMBER), obj({ a: NUMBER }), arrayOf(NUMBER), tuple(NUMBER, STRING), union([DATE, NUMBER]), arrayOf(arrayOf(STRING))];
    const no = [DATE, entity("Run"), fn([], NUMBER), arrayOf(DATE), tuple(NUMBER, DATE), { k: "namespace", name: "Math" } as Type];
    for (const t of yes) expect(assignable(JSON_T, t), `JsonValue → ${typeToString(t)}`).toBe(true);
    // Inside an array, a union is a JSON type where one of its members is.
    expect(assignable(JSON_T, arrayOf(union([DATE, NUMBER])))).toBe(true);
    expect(assignable(JSON_T, arrayOf(union([DATE, entity("Run")])))).toBe(false);
    for (const t of no) expect(assignable(JSON_T, t), `JsonValue → ${typeToString(t)}`).toBe(false);
    for (const t of [NUMBER, STRING, NULL, UNDEFINED, lit("a"), arrayOf(NUMBER), dict(STRING), obj({ a: BOOLEAN })]) expect(assignable(t, JSON_T), `${typeToString(t)} → JsonValue`).toBe(true);
    for (const t of [DATE, entity("Run"), fn([], NUMBER), arrayOf(DATE)]) expect(assignable(t, JSON_T), `${typeToString(t)} → JsonValue`).toBe(false);
  });

  it("entities, namespaces, type variables and dictionaries", () => {
    expect(assignable(entity("Run"), entity("Run"))).toBe(true);
    expect(assignable(entity("Run"), entity("User"))).toBe(false);
    expect(assignable(NUMBER, entity("Run"))).toBe(false);
    const math: Type = { k: "namespace", name: "Math" };
    expect(assignable(math, math)).toBe(true);
    expect(assignable(math, { k: "namespace", name: "JSON" })).toBe(false);
    expect(assignable(NUMBER, math)).toBe(false);
    expect(assignable(tvar("T"), NUMBER)).toBe(true);
    expect(assignable(NUMBER, tvar("T"))).toBe(true);
    expect(assignable(obj({ a: NUMBER, b: lit(1) }), dict(NUMBER))).toBe(true);
    expect(assignable(obj({ a: STRING }), dict(NUMBER))).toBe(false);
    expect(assignable(arrayOf(NUMBER), dict(NUMBER))).toBe(false);
    expect(assignable(dict(lit(1)), dict(NUMBER))).toBe(true);
    expect(assignable(dict(STRING), dict(NUMBER))).toBe(false);
    expect(assignable(obj({}), obj({ a: union([NUMBER, UNDEFINED]) }))).toBe(true);
    expect(assignable(obj({}), obj({ a: NUMBER }))).toBe(false);
    expect(assignable(NUMBER, obj({ a: NUMBER }))).toBe(false);
    expect(assignable(DATE, DATE)).toBe(true);
    expect(assignable(NUMBER, DATE)).toBe(false);
  });

  it("functions: parameters compared both ways, a rest parameter stands for the rest, extra parameters must be optional", () => {
    const restDst: Type = fn([], NUMBER, STRING);
    expect(assignable(fn([param("x", STRING)], NUMBER), restDst)).toBe(true);
    expect(assignable(fn([param("x", NUMBER)], NUMBER), restDst)).toBe(false);
    expect(assignable(fn([param("x", NUMBER), param("y", NUMBER)], NUMBER), fn([param("x", NUMBER)], NUMBER))).toBe(false);
    expect(assignable(fn([param("x", NUMBER), param("y", NUMBER, true)], NUMBER), fn([param("x", NUMBER)], NUMBER))).toBe(true);
    expect(assignable(fn([param("x", lit(1))], NUMBER), fn([param("x", NUMBER)], NUMBER))).toBe(true);
    expect(assignable(fn([], STRING), fn([], NUMBER))).toBe(false);
    expect(assignable(fn([], STRING), fn([], UNDEFINED))).toBe(true);
    expect(assignable(NUMBER, fn([], NUMBER))).toBe(false);
  });
});

describe("types: the algebra", () => {
  const s = (t: Type) => typeToString(t);

  it("typeToString writes types as TypeScript does", () => {
    expect(TYPES.map(s)).toEqual([
      "number", "string", "boolean", "null", "undefined", "Date", "any", "unknown", "never",
      "\"a\"", "\"b\"", "1", "0", "true", "false",
      "number[]", "string[]", "(number | string)[]", "\"a\"[]",
      "[number, string]", "[number]", "[number, number]",
      "{}", "{ a: number }", "{ a: string }", "{ a: number; b: string }", "{ b: string }",
      "Record<string, number>", "Record<string, string>", "Record<string, number | string>",
      "(x: number) => string", "(x: string) => string", "() => number", "(x: number, y: number) => number",
      "(x?: number) => number", "() => undefined",
      "number | undefined", "string | null", "\"a\" | \"b\"", "number | string", "Date | undefined",
      "number[] | undefined", "{ a: number } | null",
    ]);
    expect(s(JSON_T)).toBe("JsonValue");
    expect(s(entity("Run"))).toBe("Run");
    expect(s(dict(JSON_T, "ConfigDict"))).toBe("ConfigDict");
    expect(s(arrayOf(fn([], NUMBER)))).toBe("(() => number)[]");
    expect(s(union([fn([], NUMBER), UNDEFINED]))).toBe("(() => number) | undefined");
    expect(s(fn([param("x", NUMBER)], NUMBER, STRING))).toBe("(x: number, ...rest: string[]) => number");
    expect(s({ k: "function", params: [], rest: param("values", NUMBER), returns: NUMBER, typeParams: [] })).toBe("(...values: number[]) => number");
    expect(s(tvar("T"))).toBe("T");
    expect(s({ k: "namespace", name: "Math" })).toBe("Math");
    expect(s(lit("q\"uote"))).toBe("\"q\\\"uote\"");
  });

  it("union flattens, drops duplicates and never, lets any absorb everything and a base type absorb its literals", () => {
    expect(union([])).toBe(NEVER);
    expect(union([NEVER])).toBe(NEVER);
    expect(union([NUMBER])).toBe(NUMBER);
    expect(s(union([NUMBER, union([STRING, NUMBER]), NEVER]))).toBe("number | string");
    expect(union([NUMBER, ANY, STRING])).toBe(ANY);
    expect(s(union([lit("a"), STRING, lit(1)]))).toBe("string | 1");
    expect(s(union([lit("a"), lit("a"), lit("b")]))).toBe("\"a\" | \"b\"");
    expect(s(union([arrayOf(NUMBER), arrayOf(NUMBER)]))).toBe("number[]");
    expect(s(union([obj({ a: NUMBER }), obj({ a: NUMBER })]))).toBe("{ a: number }");
    expect(s(union([obj({ a: NUMBER }), obj({ a: STRING })]))).toBe("{ a: number } | { a: string }");
    expect(s(union([tuple(NUMBER), tuple(NUMBER, NUMBER)]))).toBe("[number] | [number, number]");
    expect(s(union([dict(NUMBER), dict(NUMBER, "SummaryDict")]))).toBe("Record<string, number> | SummaryDict");
  });

  it("sameType compares structurally; functions are never the same", () => {
    expect(sameType(arrayOf(NUMBER), arrayOf(NUMBER))).toBe(true);
    expect(sameType(arrayOf(NUMBER), arrayOf(STRING))).toBe(false);
    expect(sameType(lit(1), lit(1))).toBe(true);
    expect(sameType(lit(1), lit(2))).toBe(false);
    expect(sameType(entity("Run"), entity("Run"))).toBe(true);
    expect(sameType(entity("Run"), entity("User"))).toBe(false);
    expect(sameType(tuple(NUMBER, STRING), tuple(NUMBER, STRING))).toBe(true);
    expect(sameType(tuple(NUMBER, STRING), tuple(NUMBER))).toBe(false);
    expect(sameType(tuple(NUMBER, STRING), tuple(STRING, NUMBER))).toBe(false);
    expect(sameType(tuple(NUMBER, STRING), tuple(NUMBER, NUMBER)), "one element alike is not enough").toBe(false);
    expect(sameType(union([NUMBER, STRING]), union([STRING, NUMBER]))).toBe(true);
    expect(sameType(union([NUMBER, STRING]), union([NUMBER, NULL]))).toBe(false);
    expect(sameType(union([NUMBER, STRING]), union([NUMBER, STRING, NULL]))).toBe(false);
    expect(sameType(obj({ a: NUMBER }), obj({ a: NUMBER }))).toBe(true);
    expect(sameType(obj({ a: NUMBER }), obj({ b: NUMBER }))).toBe(false);
    expect(sameType(obj({ a: NUMBER }), obj({ a: STRING }))).toBe(false);
    expect(sameType(obj({ a: NUMBER }), obj({ a: NUMBER, b: NUMBER }))).toBe(false);
    expect(sameType(dict(NUMBER), dict(NUMBER))).toBe(true);
    expect(sameType(dict(NUMBER), dict(NUMBER, "SummaryDict"))).toBe(false);
    expect(sameType(dict(NUMBER), dict(STRING))).toBe(false);
    const f = fn([], NUMBER);
    expect(sameType(f, f)).toBe(true);
    expect(sameType(f, fn([], NUMBER))).toBe(false);
    expect(sameType(tvar("T"), tvar("T"))).toBe(true);
    expect(sameType(tvar("T"), tvar("U"))).toBe(false);
    expect(sameType(NUMBER, STRING)).toBe(false);
    expect(sameType({ k: "number" }, NUMBER)).toBe(true);
  });

  it("widen, nullish parts, truthy and falsy parts narrow as TypeScript does", () => {
    expect(s(widen(lit("a")))).toBe("string");
    expect(s(widen(lit(1)))).toBe("number");
    expect(s(widen(lit(false)))).toBe("boolean");
    expect(s(widen(union([lit("a"), lit(1), NULL])))).toBe("string | number | null");
    expect(widen(DATE)).toBe(DATE);
    expect(isNullish(NULL) && isNullish(UNDEFINED) && !isNullish(NUMBER)).toBe(true);
    expect(hasNullish(union([NUMBER, NULL]))).toBe(true);
    expect(hasNullish(NUMBER)).toBe(false);
    expect(members(NUMBER)).toEqual([NUMBER]);
    expect(members(union([NUMBER, STRING]))).toHaveLength(2);
    expect(s(removeNullish(union([NUMBER, NULL, UNDEFINED])))).toBe("number");
    expect(s(removeNullish(union([NULL, UNDEFINED])))).toBe("never");
    const mixed = union([lit(0), lit(""), lit(false), lit(1), lit("a"), lit(true), NULL, UNDEFINED, arrayOf(NUMBER), obj({}), DATE, entity("Run"), fn([], NUMBER), dict(NUMBER), tuple(NUMBER), { k: "namespace", name: "Math" }]);
    expect(s(truthyPart(mixed))).toBe("1 | \"a\" | true | number[] | {} | Date | Run | (() => number) | Record<string, number> | [number] | Math");
    expect(s(falsyPart(mixed))).toBe("0 | \"\" | false | null | undefined");
    expect(s(truthyPart(union([NUMBER, STRING, UNDEFINED])))).toBe("number | string");
    expect(s(falsyPart(union([STRING, BOOLEAN])))).toBe("string | boolean");
  });

  it("mergeObjects makes a key missing from some of the objects optional", () => {
    expect(s(mergeObjects([obj({ a: NUMBER, b: STRING }), obj({ a: STRING }), NUMBER]))).toBe("{ a: number | string | undefined; b: string | undefined }");
    expect(s(mergeObjects([obj({ a: NUMBER }), obj({ a: NUMBER })]))).toBe("{ a: number }");
  });

  it("numeric and stringLike", () => {
    for (const t of [NUMBER, JSON_T, ANY, lit(1), union([NUMBER, lit(2)])]) expect(numeric(t), s(t)).toBe(true);
    for (const t of [STRING, lit("1"), union([NUMBER, STRING]), NULL, DATE, BOOLEAN]) expect(numeric(t), s(t)).toBe(false);
    for (const t of [STRING, lit("a"), union([STRING, lit("b")])]) expect(stringLike(t), s(t)).toBe(true);
    for (const t of [NUMBER, lit(1), union([STRING, NUMBER]), JSON_T, ANY]) expect(stringLike(t), s(t)).toBe(false);
  });

  it("substitute and containsVar", () => {
    const bindings = new Map<string, Type>([["T", NUMBER]]);
    const generic: Type = { k: "function", params: [param("x", tvar("T")), param("y", tvar("U"))], rest: param("more", tvar("T")), returns: arrayOf(tvar("T")), typeParams: ["T", "U"], statics: "Date" };
    const done = substitute(generic, bindings);
    expect(s(done)).toBe("(x: number, y: any, ...more: number[]) => number[]");
    expect(done).toMatchObject({ typeParams: ["U"], statics: "Date", rest: { name: "more" } });
    expect(s(substitute(generic, bindings, UNKNOWN))).toBe("(x: number, y: unknown, ...more: number[]) => number[]");
    expect(s(substitute(tuple(tvar("T"), tvar("U")), bindings))).toBe("[number, any]");
    expect(s(substitute(dict(tvar("T")), bindings))).toBe("Record<string, number>");
    expect(substitute(dict(JSON_T, "ConfigDict"), bindings)).toMatchObject({ name: "ConfigDict" });
    expect(s(substitute(obj({ a: tvar("T") }), bindings))).toBe("{ a: number }");
    expect(s(substitute(union([tvar("T"), NULL]), bindings))).toBe("number | null");
    const plain = substitute(fn([], NUMBER), bindings);
    expect(plain).not.toHaveProperty("rest");
    expect(plain).not.toHaveProperty("statics");
    const none = new Map<string, Type>();
    for (const t of [tvar("T"), arrayOf(tvar("T")), tuple(NUMBER, tvar("T")), dict(tvar("T")), obj({ a: tvar("T") }), obj({ a: NUMBER, b: tvar("T") }), union([NUMBER, tvar("T")]), fn([param("x", tvar("T"))], NUMBER), fn([], tvar("T")), fn([], NUMBER, tvar("T"))]) {
      expect(containsVar(t, none), s(t)).toBe(true);
      expect(containsVar(t, bindings), s(t)).toBe(false);
    }
    expect(containsVar(NUMBER, none)).toBe(false);
  });

  it("infer binds type variables from the actual type, widening literals and joining repeats", () => {
    const bind = (pattern: Type, actual: Type, start: [string, Type][] = []) => {
      const b = new Map(start);
      infer(pattern, actual, b);
      return Object.fromEntries([...b].map(([k, v]) => [k, s(v)]));
    };
    expect(bind(tvar("T"), lit(1))).toEqual({ T: "number" });
    expect(bind(tvar("T"), NEVER)).toEqual({});
    expect(bind(tvar("T"), STRING, [["T", NUMBER]])).toEqual({ T: "number | string" });
    expect(bind(arrayOf(tvar("T")), arrayOf(STRING))).toEqual({ T: "string" });
    expect(bind(arrayOf(tvar("T")), tuple(NUMBER, STRING))).toEqual({ T: "number | string" });
    expect(bind(arrayOf(tvar("T")), ANY)).toEqual({ T: "any" });
    expect(bind(arrayOf(tvar("T")), JSON_T)).toEqual({ T: "JsonValue" });
    expect(bind(arrayOf(tvar("T")), NUMBER)).toEqual({});
    expect(bind(tuple(tvar("A"), tvar("B")), tuple(NUMBER, STRING))).toEqual({ A: "number", B: "string" });
    expect(bind(tuple(tvar("A"), tvar("B")), tuple(NUMBER))).toEqual({ A: "number" });
    expect(bind(tuple(tvar("A"), tvar("B")), arrayOf(DATE))).toEqual({ A: "Date", B: "Date" });
    expect(bind(dict(tvar("V")), dict(NUMBER))).toEqual({ V: "number" });
    expect(bind(dict(tvar("V")), obj({ a: NUMBER, b: STRING }))).toEqual({ V: "number | string" });
    expect(bind(dict(tvar("V")), obj({}))).toEqual({ V: "any" });
    expect(bind(dict(tvar("V")), arrayOf(BOOLEAN))).toEqual({ V: "boolean" });
    expect(bind(dict(tvar("V")), tuple(NUMBER, STRING))).toEqual({ V: "number | string" });
    expect(bind(dict(tvar("V")), entity("Run"))).toEqual({ V: "any" });
    expect(bind(dict(tvar("V")), JSON_T)).toEqual({ V: "JsonValue" });
    expect(bind(dict(tvar("V")), NUMBER)).toEqual({});
    expect(bind(union([tvar("T"), arrayOf(tvar("T"))]), arrayOf(NUMBER))).toEqual({ T: "number" });
    expect(bind(union([tvar("T"), arrayOf(tvar("T"))]), STRING)).toEqual({ T: "string" });
    expect(bind(fn([param("x", tvar("A"))], tvar("R")), fn([param("y", NUMBER)], STRING))).toEqual({ A: "number", R: "string" });
    expect(bind(fn([param("x", tvar("A")), param("y", tvar("B"))], NUMBER), fn([param("y", NUMBER)], NUMBER))).toEqual({ A: "number" });
    expect(bind(fn([], tvar("R")), NUMBER)).toEqual({});
    expect(bind(NUMBER, NUMBER)).toEqual({});
  });
});

describe("annotations: resolveType reads a type as TypeScript writes it", () => {
  const read = (text: string, vars: string[] = []) => {
    const unknown: string[] = [];
    const t = resolveType(parseType(text), new Set(vars), (e) => unknown.push(e instanceof UnknownTypeName ? e.name : "rest not an array"));
    return { text: typeToString(t), unknown };
  };

  it("reads every kind of type", () => {
    const cases: [string, string][] = [
      ["number", "number"], ["string", "string"], ["boolean", "boolean"], ["null", "null"], ["undefined", "undefined"],
      ["Date", "Date"], ["any", "any"], ["unknown", "unknown"], ["object", "unknown"], ["never", "never"], ["JsonValue", "JsonValue"],
      ["ConfigDict", "ConfigDict"], ["SummaryDict", "SummaryDict"], ["HistoryRow", "HistoryRow"],
      ["Run", "Run"], ["Artifact", "Artifact"], ["ArtifactVersion", "ArtifactVersion"], ["User", "User"], ["Project", "Project"],
      ["number[]", "number[]"], ["Array<string>", "string[]"], ["Array", "any[]"], ["Record<string, number>", "Record<string, number>"], ["Record", "Record<string, any>"],
      ["number | string | undefined", "number | string | undefined"], ["[number, string]", "[number, string]"],
      ["\"a\" | \"b\"", "\"a\" | \"b\""], ["1 | true", "1 | true"],
      ["{ a: number; b?: string }", "{ a: number; b: string | undefined }"],
      ["(x: number, y?: string) => boolean", "(x: number, y?: string) => boolean"],
      ["(x: number, ...rest: string[]) => undefined", "(x: number, ...rest: string[]) => undefined"],
      ["(...values: number[]) => number", "(...values: number[]) => number"],
      ["(x) => any", "(x: any) => any"],
    ];
    for (const [text, expected] of cases) expect(read(text), text).toEqual({ text: expected, unknown: [] });
  });

  it("reads type variables in scope, and reports an unknown name (as any)", () => {
    expect(read("T[]", ["T"])).toEqual({ text: "T[]", unknown: [] });
    expect(read("Foo | number")).toEqual({ text: "any", unknown: ["Foo"] });
    expect(read("T")).toEqual({ text: "any", unknown: ["T"] });
  });

  it("a rest parameter must be of an array type (an array, a tuple, any, or a union of those)", () => {
    expect(read("(...xs: string) => number").unknown).toEqual(["rest not an array"]);
    expect(read("(...xs: number | string[]) => number").unknown).toEqual(["rest not an array"]);
    for (const ok of ["(...xs: string[]) => number", "(...xs: [number, string]) => number", "(...xs: any) => number", "(...xs: string[] | number[]) => number", "(...xs) => number"]) {
      expect(read(ok).unknown, ok).toEqual([]);
    }
  });

  it("signatureType reads a generic signature's type parameters", () => {
    const t = signatureType("<U>(callback: (value: T) => U) => U[]");
    expect(typeToString(t)).toBe("(callback: (value: T) => U) => U[]");
    expect(t).toMatchObject({ k: "function", typeParams: ["U"] });
    expect(signatureType("(x: number) => number")).toMatchObject({ typeParams: [] });
    expect(typeToString(signatureType("number[]", []))).toBe("number[]");
    expect(() => signatureType("Nope", [])).toThrow("names an unknown type Nope");
    expect(new UnknownTypeName("X", parseType("X") as never).name).toBe("X");
  });
});

describe("the data shape of a workspace", () => {
  it("lists each dictionary's keys with the JSON kinds seen under them", () => {
    const shape = dataShape(sample);
    const config = shape.keys("ConfigDict");
    const expected = new Map<string, Set<string>>();
    const kind = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);
    for (const run of sample.runs) for (const [k, v] of Object.entries(run.config)) (expected.get(k) ?? expected.set(k, new Set()).get(k)!).add(kind(v));
    expect(config).toEqual(expected);
    expect(config.get("learning_rate")).toEqual(new Set(["number"]));
    expect([...shape.keys("SummaryDict").keys()]).toContain("accuracy");
    expect([...shape.keys("HistoryRow").keys()]).toContain("_step");
    expect(shape.keys("HistoryRow").get("_step")).toEqual(new Set(["number"]));
  });
});

describe("checker diagnostics", () => {
  const errors = (src: string) => check(src).map((d) => `${d.severity} ${d.span.line}:${d.span.column} ${d.message}`);

  it("an unknown type name in an annotation suggests the nearest known one, for each of them", () => {
    const names = [
      "number", "string", "boolean", "null", "undefined", "Date", "any", "unknown", "never", "object", "JsonValue",
      "ConfigDict", "SummaryDict", "HistoryRow", "Record", "Array", "Run", "Artifact", "ArtifactVersion", "User", "Project",
    ];
    for (const name of names) {
      expect(errors(`const a: ${name}x = JSON.parse(\"1\")`), name).toEqual([`error 1:10 unknown type \`${name}x\` (did you mean \`${name}\`?)`]);
    }
  });

  it("the host's names are refused with a word on why, and an entity's fields that are ops name the op", () => {
    for (const name of ["globalThis", "window", "self", "global", "process", "require", "module", "exports", "eval", "Function", "Reflect", "Proxy", "Symbol", "WeakRef"]) {
      expect(errors(`const h = ${name}`), name).toEqual([`error 1:11 unknown name \`${name}\` (a Weft program cannot reach the host)`]);
    }
    const hints: Record<string, string> = {
      name: "runName", config: "runConfig", summary: "runSummary", user: "runUser", jobType: "runJobType", createdAt: "runCreatedAt",
      heartbeatAt: "runHeartbeatAt", history: "runHistory", runtime: "runRuntime", loggedArtifacts: "runLoggedArtifactVersions", usedArtifacts: "runUsedArtifactVersions",
    };
    for (const [field, op] of Object.entries(hints)) {
      expect(errors(`runs[0].${field}`), field).toEqual([`error 1:9 Run has no field \`${field}\`; use ${op}(run)`]);
    }
    expect(errors("artifacts[0].versions")).toEqual(["error 1:14 Artifact has no field `versions`; use artifactVersions(artifact)"]);
  });

  // KNOWN_TYPE_NAMES (src/check/stdlib-types.ts) listed `void`, which the parser refuses ("`void` is
  // not part of Weft"), so a typo of it got a suggestion the program cannot take.
  it("does not suggest `void`, which Weft does not parse", () => {
    expect(errors("const a: voidx = JSON.parse(\"1\")")).toEqual(["error 1:10 unknown type `voidx`"]);
  });

  // The parser bounds nesting (maxNesting); a tree built without it may not be, and the walk that
  // collects assignments overflowed the stack outside the guard (found writing this test).
  it("a tree too deep for the host's stack is one error on the program, and any other failure is not hidden", () => {
    const span = { start: 0, end: 1, line: 1, column: 1, endLine: 1, endColumn: 2 };
    let expression: A.Expression = { kind: "Number", value: 1, raw: "1", span } as A.Expression;
    for (let i = 0; i < 200_000; i++) expression = { kind: "Unary", operator: "-", argument: expression, span } as A.Expression;
    const deep: A.Program = { kind: "Program", body: [{ kind: "ExpressionStatement", expression, span }], span } as A.Program;
    expect(checkProgram(deep).diagnostics.map((d) => `${d.severity} ${d.message}`)).toEqual(["error the program nests too deeply to check"]);
    const failing = { keys: () => { throw new Error("the embedder's data shape failed"); } };
    expect(() => checkProgram(parseProgram("runConfig(runs[0]).lr"), { data: failing })).toThrow("the embedder's data shape failed");
  });
});
