/**
 * What Weft refuses, and how it says so: for each program, the exact error kind, message and
 * position (1-based line and column) that a user sees, and the console output captured before a
 * runtime error (SPEC §4: a `syntax` or `type` error comes before anything runs, so it never has any).
 *
 * The groups:
 *  - runtime errors that JavaScript has too: V8 also throws on these programs (checked below), and
 *    Weft says where and why in its own words;
 *  - the sandbox's refusals (SPEC §5): programs V8 would run, but that reach a prototype, a
 *    constructor, the host, or write where a program may not;
 *  - unknown names, with suggestions;
 *  - limits;
 *  - syntax errors, including JavaScript that the TypeScript subset leaves out.
 *
 * A row marked `fails` is a known defect: the row states what Weft should answer, and runs as
 * `it.fails` until Weft does.
 */
import { describe, expect, it } from "vitest";
import { WeftError, type ConsoleEntry, type ErrorKind } from "../src/errors.js";
import { compileUnchecked } from "../src/api.js";
import { runInV8 } from "./helpers/v8-reference.js";
import { weftError, sample, sampleFile, SAMPLE_NOW } from "./helpers/weft.js";

interface Refusal {
  src: string;
  kind: ErrorKind;
  message: string;
  /** [line, column] of the error, 1-based. */
  at: [number, number];
  /** What the program printed before the error. */
  console?: ConsoleEntry[];
  /** A known defect: what Weft does instead. The row then runs as `it.fails`. */
  fails?: string;
  /**
   * Where the checker refuses the program before it runs: its error. `kind`, `message` and `at`
   * are then what the evaluator says with the checker off (the sandbox's second wall).
   */
  checker?: { kind: ErrorKind; message: string; at: [number, number] };
}

/** Runtime errors of programs that fail in V8 too. */
const runtimeErrors: Refusal[] = [
  { src: "runName(undefined)", kind: "runtime", message: "runName expects a Run as `run`, got undefined (is it a value that may be missing, such as the result of `find`?)", at: [1, 1] },
  { src: "runConfig(1)", kind: "runtime", message: "runConfig expects a Run as `run`, got number", at: [1, 1], checker: { kind: "type", message: "the argument `run` of `runConfig` is a number, but a Run is required", at: [1, 11] } },
  { src: "runName(artifacts[0])", kind: "runtime", message: "runName expects a Run as `run`, got Artifact", at: [1, 1], checker: { kind: "type", message: "the argument `run` of `runName` is an Artifact, but a Run is required", at: [1, 9] } },
  { src: "const r = undefined; r.id", kind: "runtime", message: "cannot read `id` of undefined", at: [1, 24], checker: { kind: "type", message: "this is always undefined", at: [1, 22] } },
  { src: "runs.find(r => false).id", kind: "runtime", message: "cannot read `id` of undefined", at: [1, 23] },
  { src: "runLoggedArtifactVersion(runs[0], \"model:v1\").version", kind: "runtime", message: "cannot read `version` of undefined", at: [1, 47] },
  { src: "null.x", kind: "runtime", message: "cannot read `x` of null", at: [1, 6], checker: { kind: "type", message: "this is always null", at: [1, 1] } },
  { src: "const a = null; (a?.b).c", kind: "runtime", message: "cannot read `c` of undefined", at: [1, 24], checker: { kind: "type", message: "this is always undefined", at: [1, 18] } },
  { src: "const x = 5; x()", kind: "runtime", message: "`x` is not a function (it is number)", at: [1, 14], checker: { kind: "type", message: "`x` is not a function (it is a number)", at: [1, 14] } },
  { src: "const o = {}; o.g()", kind: "runtime", message: "`g` is not a function (it is undefined)", at: [1, 17] },
  { src: "undefined()", kind: "runtime", message: "`undefined` is not a function", at: [1, 1], checker: { kind: "type", message: "this is always undefined", at: [1, 1] } },
  { src: "[].reduce((a, b) => a)", kind: "runtime", message: "Reduce of empty array with no initial value", at: [1, 4] },
  { src: "(1).toFixed(200)", kind: "runtime", message: "toFixed() digits argument must be between 0 and 100", at: [1, 5] },
  { src: "\"abc\".repeat(-1)", kind: "runtime", message: "Invalid count value: -1", at: [1, 7] },
  { src: "new Date(NaN).toISOString()", kind: "runtime", message: "Invalid time value", at: [1, 15] },
  { src: "[...5]", kind: "runtime", message: "number is not iterable, so it cannot be spread into a list", at: [1, 2], checker: { kind: "type", message: "a spread into an array needs an array or a string, not a number", at: [1, 5] } },
  { src: "for (const x of 5) {}", kind: "runtime", message: "number is not iterable: `for … of` takes an array or a string", at: [1, 17], checker: { kind: "type", message: "`for … of` needs an array or a string, not a number", at: [1, 17] } },
  { src: "const [a] = undefined", kind: "runtime", message: "undefined is not iterable, so it cannot be destructured as an array", at: [1, 7] },
  { src: "const { a } = null", kind: "runtime", message: "cannot destructure null", at: [1, 7] },
  { src: "const f = () => x; f(); const x = 1", kind: "runtime", message: "Cannot access 'x' before initialization", at: [1, 17] },
  { src: "let x = x + 1", kind: "runtime", message: "Cannot access 'x' before initialization", at: [1, 9], checker: { kind: "type", message: "`x` is used before its declaration", at: [1, 9] } },
  { src: "const o = {}; o.self = o; JSON.stringify(o)", kind: "runtime", message: "Converting circular structure to JSON", at: [1, 32] },
  { src: "const xs = [1, 2]\nxs.map(x => x.a.b)", kind: "runtime", message: "cannot read `b` of undefined", at: [2, 17], checker: { kind: "type", message: "numbers have no property `a`", at: [2, 15] } },
  {
    src: "const total = runs\n  .map(r => runSummary(r).accuracy)\n  .reduce((a, b) => a + b)\ntotal.toFixed(2).foo()",
    kind: "runtime",
    message: "strings have no method `foo`",
    at: [4, 18],
  },
  // What the program printed before the error travels with it.
  { src: "console.log(\"before\"); runs[0].id.foo()", kind: "runtime", message: "strings have no method `foo`", at: [1, 35], checker: { kind: "type", message: "strings have no method `foo`", at: [1, 35] }, console: [{ level: "log", text: "before" }] },
  { src: "console.log(\"a\"); console.warn(\"b\"); null.x", kind: "runtime", message: "cannot read `x` of null", at: [1, 43], checker: { kind: "type", message: "this is always null", at: [1, 38] }, console: [{ level: "log", text: "a" }, { level: "warn", text: "b" }] },
  {
    src: "for (const r of runs.slice(0, 2)) console.log(runName(r))\nruns.find(r => runName(r) === \"nope\").id",
    kind: "runtime",
    message: "cannot read `id` of undefined",
    at: [2, 39],
    console: [{ level: "log", text: "daring-cherry-60" }, { level: "log", text: "revived-fire-59" }],
  },
  {
    src: "JSON.parse(\"{bad json}\")",
    kind: "runtime",
    message: "Expected property name or '}' in JSON at position 1",
    at: [1, 6],
  },
  {
    src: "((a = a) => a)()",
    kind: "runtime",
    message: "Cannot access 'a' before initialization",
    at: [1, 7],
  },
];

/** The sandbox's refusals: V8 would run these (or some of them), Weft does not. */
const sandboxRefusals: Refusal[] = [
  // Prototypes and constructors: unreachable, whatever the program writes.
  { src: "runs.constructor", kind: "type", message: "`constructor` is not accessible in Weft", at: [1, 6] },
  { src: "runs[\"constr\" + \"uctor\"]", kind: "runtime", message: "`constructor` is not accessible in Weft", at: [1, 1], checker: { kind: "type", message: "an array is indexed by a number, not a string", at: [1, 6] } },
  { src: "({}).__proto__", kind: "type", message: "`__proto__` is not accessible in Weft", at: [1, 6] },
  { src: "\"abc\".constructor", kind: "type", message: "`constructor` is not accessible in Weft", at: [1, 7] },
  { src: "Number.prototype", kind: "type", message: "`prototype` is not accessible in Weft", at: [1, 8] },
  // Even an own property named `constructor` cannot be read with `.` (with `o["constructor"]` it can).
  { src: "const o = { constructor: 1 }; o.constructor", kind: "type", message: "`constructor` is not accessible in Weft", at: [1, 33] },
  { src: "({}).toString", kind: "runtime", message: "`toString` is not accessible in Weft", at: [1, 6] },
  { src: "({}).hasOwnProperty(\"a\")", kind: "runtime", message: "`hasOwnProperty` is not accessible in Weft", at: [1, 6] },
  { src: "const o = {}; o.__proto__ = 5", kind: "runtime", message: "`__proto__` cannot be set in Weft", at: [1, 15], checker: { kind: "type", message: "`__proto__` is not accessible in Weft", at: [1, 17] } },
  { src: "({ __proto__: null })", kind: "syntax", message: "`__proto__` cannot be used as a key in Weft", at: [1, 4], checker: { kind: "type", message: "`__proto__` cannot be used as a key in Weft", at: [1, 4] } },
  // Entities are read through ops and their listed fields.
  { src: "runs[0].name", kind: "runtime", message: "Run has no field `name`; use runName(run)", at: [1, 9], checker: { kind: "type", message: "Run has no field `name`; use runName(run)", at: [1, 9] } },
  { src: "runs[0].config", kind: "runtime", message: "Run has no field `config`; use runConfig(run)", at: [1, 9], checker: { kind: "type", message: "Run has no field `config`; use runConfig(run)", at: [1, 9] } },
  { src: "artifacts[0].versions", kind: "runtime", message: "Artifact has no field `versions`; use artifactVersions(artifact)", at: [1, 14], checker: { kind: "type", message: "Artifact has no field `versions`; use artifactVersions(artifact)", at: [1, 14] } },
  { src: "console.log(\"before\"); runs[0].name", kind: "runtime", message: "Run has no field `name`; use runName(run)", at: [1, 32], checker: { kind: "type", message: "Run has no field `name`; use runName(run)", at: [1, 32] }, console: [{ level: "log", text: "before" }] },
  { src: "runs[0].id = \"x\"", kind: "runtime", message: "Run fields are read-only (setting `id`)", at: [1, 1], checker: { kind: "type", message: "cannot assign to `id`: Run fields are read-only", at: [1, 9] } },
  { src: "runUser(runs[0]).name = \"x\"", kind: "runtime", message: "User fields are read-only (setting `name`)", at: [1, 1], checker: { kind: "type", message: "cannot assign to `name`: User fields are read-only", at: [1, 18] } },
  // A method must be called.
  { src: "runs.map", kind: "runtime", message: "`map` is a method of arrays: call it, as `.map(…)`", at: [1, 6], checker: { kind: "type", message: "`map` is a method: call it, as `.map(…)`", at: [1, 6] } },
  { src: "\"abc\".toUpperCase", kind: "runtime", message: "`toUpperCase` is a method of strings: call it, as `.toUpperCase(…)`", at: [1, 7], checker: { kind: "type", message: "`toUpperCase` is a method: call it, as `.toUpperCase(…)`", at: [1, 7] } },
  { src: "project.runs", kind: "runtime", message: "`runs` is a method of Project: call it, as `project.runs()`", at: [1, 9], checker: { kind: "type", message: "`runs` is a method of Project: call it, as `project.runs()`", at: [1, 9] } },
  // Functions are called, never inspected or printed.
  { src: "(() => 1).name", kind: "runtime", message: "functions have no properties in Weft", at: [1, 11], checker: { kind: "type", message: "functions have no properties in Weft", at: [1, 11] } },
  { src: "runName.call(null, runs[0])", kind: "runtime", message: "functions have no properties in Weft", at: [1, 9], checker: { kind: "type", message: "functions have no properties in Weft", at: [1, 9] } },
  { src: "String(runName)", kind: "runtime", message: "a function cannot be converted to a string or a number", at: [1, 1] },
  { src: "(() => 1) + \"\"", kind: "runtime", message: "a function cannot be converted to a string or a number", at: [1, 2], checker: { kind: "type", message: "a function cannot be added to a string", at: [1, 2] } },
  // Only `new Date(…)` constructs.
  { src: "new Array(3)", kind: "runtime", message: "only `new Date(…)` can be constructed in Weft, not `new Array`", at: [1, 1], checker: { kind: "type", message: "only `new Date(…)` can be constructed in Weft, not `new Array`", at: [1, 5] } },
  { src: "Array(3)", kind: "runtime", message: "`Array(…)` is not supported in Weft; use an array literal `[…]` or `Array.from`", at: [1, 1], checker: { kind: "type", message: "`Array(…)` is not supported in Weft; use an array literal `[…]` or `Array.from`", at: [1, 1] } },
  // Arrays take indices and `length`; strings and builtins take nothing.
  { src: "runs.foo = 1", kind: "runtime", message: "an array takes only indices and `length`, not `foo`", at: [1, 1], checker: { kind: "type", message: "an array takes only indices and `length`, not `foo`", at: [1, 6] } },
  { src: "const a = []; a[-1] = 5", kind: "runtime", message: "an array takes only indices and `length`, not -1", at: [1, 15] },
  { src: "\"x\".length = 3", kind: "runtime", message: "cannot set properties of string (setting `length`)", at: [1, 1], checker: { kind: "type", message: "cannot set properties of a string", at: [1, 5] } },
  // Assignment to a constant, a root, an op or a builtin.
  { src: "const x = 1; x = 2", kind: "type", message: "cannot assign to `x` because it is a constant", at: [1, 14] },
  { src: "const x = 1; x++", kind: "type", message: "cannot assign to `x` because it is a constant", at: [1, 14] },
  { src: "runs = []", kind: "type", message: "cannot assign to `runs`: it is a builtin; declare your own with `let`", at: [1, 1] },
  { src: "runName = 1", kind: "type", message: "cannot assign to `runName`: it is a builtin; declare your own with `let`", at: [1, 1] },
  { src: "Math = {}", kind: "type", message: "cannot assign to `Math`: it is a builtin; declare your own with `let`", at: [1, 1] },
  // The host is out of reach.
  { src: "globalThis", kind: "type", message: "unknown name `globalThis` (a Weft program cannot reach the host)", at: [1, 1] },
  { src: "process.exit()", kind: "type", message: "unknown name `process` (a Weft program cannot reach the host)", at: [1, 1] },
  { src: "eval(\"1\")", kind: "type", message: "unknown name `eval` (a Weft program cannot reach the host)", at: [1, 1] },
  { src: "Function(\"return 1\")", kind: "type", message: "unknown name `Function` (a Weft program cannot reach the host)", at: [1, 1] },
  // Builtins Weft does not provide.
  { src: "Math.foo", kind: "runtime", message: "Math has no member `foo`", at: [1, 6], checker: { kind: "type", message: "Math has no member `foo`", at: [1, 6] } },
  { src: "Math.random()", kind: "runtime", message: "`Math.random` is not available: a program's answer depends only on its workspace and its clock", at: [1, 6], checker: { kind: "type", message: "`Math.random` is not available: a program's answer depends only on its workspace and its clock", at: [1, 6] } },
];

/** Names that do not exist: refused before anything runs, with the nearest name where one is close. */
const unknownNames: Refusal[] = [
  { src: "runNme(runs[0])", kind: "type", message: "unknown name `runNme` (did you mean `runName`?)", at: [1, 1] },
  { src: "runs.map(r => runConfg(r))", kind: "type", message: "unknown name `runConfg` (did you mean `runConfig`?)", at: [1, 15] },
  { src: "new Foo()", kind: "type", message: "unknown name `Foo`", at: [1, 5], checker: { kind: "type", message: "only `new Date(…)` can be constructed in Weft, not `new Foo`", at: [1, 5] } },
  { src: "typeof foo", kind: "type", message: "unknown name `foo`", at: [1, 8] },
  { src: "console.log(\"never printed\"); undefinedName", kind: "type", message: "unknown name `undefinedName`", at: [1, 31] },
  { src: "Math.flor(1.5)", kind: "runtime", message: "Math has no member `flor` (did you mean `floor`?)", at: [1, 6], checker: { kind: "type", message: "Math has no member `flor` (did you mean `floor`?)", at: [1, 6] } },
  { src: "\"abc\".toUppercase()", kind: "runtime", message: "strings have no method `toUppercase` (did you mean `toUpperCase`?)", at: [1, 7], checker: { kind: "type", message: "strings have no method `toUppercase` (did you mean `toUpperCase`?)", at: [1, 7] } },
];

/** Limits (SPEC §5): a clear `limit` error, never a hang or a crash. */
const limits: Refusal[] = [
  { src: "const f = (n) => n === 0 ? 0 : 1 + f(n - 1); f(1000)", kind: "limit", message: "calls nested more than 400 deep: is a function calling itself without end? (raise limits.maxCallDepth or --max-call-depth)", at: [1, 36] },
  { src: "\"abc\".padStart(1e10)", kind: "limit", message: "a string would be 10000000000 characters long, over the limit of 100000000 (raise limits.maxStringLength or --max-string-length)", at: [1, 7] },
];

/** Syntax errors: the exact message and where it points. */
const syntaxErrors: Refusal[] = [
  { src: "(1 + 2", kind: "syntax", message: "expected `)` to close the parenthesized expression opened at 1:1, found the end of input", at: [1, 7] },
  { src: "\"abc", kind: "syntax", message: "unterminated string literal", at: [1, 1] },
  { src: "`abc", kind: "syntax", message: "expected `` ` `` to close the template literal opened at 1:1, found the end of input", at: [1, 5] },
  { src: "const s = `total: ${\n  runs.length\n`", kind: "syntax", message: "expected `}` to close the template substitution opened at 1:19, found `` ` ``", at: [3, 1] },
  { src: "a b", kind: "syntax", message: "expected `;` or a line break before `b`", at: [1, 3] },
  { src: "1 +", kind: "syntax", message: "expected an expression, found the end of input", at: [1, 4] },
  { src: "const a = 1\nconst b = (2 +", kind: "syntax", message: "expected an expression, found the end of input", at: [2, 15] },
  { src: "function f() {}", kind: "syntax", message: "`function` is not part of Weft; use an arrow function: `const f = (x) => …`", at: [1, 1] },
  { src: "var x = 1", kind: "syntax", message: "`var` is not part of Weft; use `const` or `let`", at: [1, 1] },
  { src: "while (true) {}", kind: "syntax", message: "`while` is not part of Weft; use `for (const x of xs)` or an array method", at: [1, 1] },
  { src: "class A {}", kind: "syntax", message: "`class` is not part of Weft; use object literals", at: [1, 1] },
  { src: "this", kind: "syntax", message: "`this` is not part of Weft; arrow functions have no `this` in Weft", at: [1, 1] },
  { src: "\"a\" in {a: 1}", kind: "syntax", message: "`in` is not part of Weft; compare with `!== undefined` instead", at: [1, 5] },
  { src: "-x ** 2", kind: "syntax", message: "a unary `-` before `**` needs parentheses: write `(-x) ** y`", at: [1, 1] },
  { src: "a ?? b || c", kind: "syntax", message: "`??` cannot be mixed with `||` or `&&` without parentheses", at: [1, 8] },
  { src: "{a: 1}", kind: "syntax", message: "expected `;` or a line break before `:` (a statement that starts with `{` is a block: wrap an object literal in parentheses, `({ … })`)", at: [1, 3] },
  { src: "return 1", kind: "syntax", message: "`return` belongs inside a block-bodied arrow function; a program's value is its last expression statement", at: [1, 1] },
  { src: "const x;", kind: "syntax", message: "a `const` declaration needs a value: `const x = …`", at: [1, 7] },
  { src: "let x = 1; let x = 2", kind: "syntax", message: "`x` is already declared in this scope", at: [1, 16] },
  { src: "const f = (a, a) => a", kind: "syntax", message: "duplicate parameter name `a`", at: [1, 15] },
  { src: "a.b?.c = 1", kind: "syntax", message: "an optional chain cannot be the target of an assignment", at: [1, 1] },
  { src: "017", kind: "syntax", message: "a number cannot start with `0` followed by a digit (legacy octal); write it without the leading zero", at: [1, 1] },
  { src: "\"\\1\"", kind: "syntax", message: "octal escapes such as `\\1` are not allowed; use `\\x01`", at: [1, 1] },
  { src: "\"\\x4\"", kind: "syntax", message: "invalid `\\x` escape: it needs two hex digits", at: [1, 1] },
  { src: "0x", kind: "syntax", message: "expected `;` or a line break before `x`", at: [1, 2] },
  // JavaScript that the subset leaves out.
  { src: "(1, 2)", kind: "syntax", message: "expected `)` to close the parenthesized expression opened at 1:1, found `,`", at: [1, 3] },
  { src: "/ab/.test(\"ab\")", kind: "syntax", message: "unexpected `/`", at: [1, 1] },
  { src: "const π = 3.14", kind: "syntax", message: "unexpected character `π`", at: [1, 7] },
  { src: "({ f() { return 1 } })", kind: "syntax", message: "expected `,` or `}` to close the object opened at 1:2, found `(`", at: [1, 5] },
  {
    src: "for (const x of [1]) const y = x",
    kind: "syntax",
    message: "Lexical declaration cannot appear in a single-statement context",
    at: [1, 22],
  },
  {
    src: "if (true) let x = 1",
    kind: "syntax",
    message: "Lexical declaration cannot appear in a single-statement context",
    at: [1, 11],
  },
];

/** The error a program gives with the checker off: the evaluator's own wall. */
function runtimeError(src: string): WeftError {
  try {
    compileUnchecked(src).run(sample, { now: SAMPLE_NOW });
  } catch (e) {
    if (e instanceof WeftError) return e;
    throw e;
  }
  throw new Error(`expected an error from: ${src}`);
}

function check(row: Refusal, alsoFailsInV8: boolean): void {
  // With the checker (what users get): its refusal before anything runs, where it sees one.
  const first = weftError(row.src);
  const expected = row.checker ?? { kind: row.kind, message: row.message, at: row.at };
  expect({ kind: first.kind, message: first.message, at: [first.line, first.column] }).toEqual(expected);
  if (row.checker || row.kind === "syntax" || row.kind === "type") expect(first.console ?? []).toEqual([]);
  // Without it: the evaluator refuses too, at run time, because keys and values can be computed.
  if (row.kind !== "syntax" && row.kind !== "type") {
    const e = runtimeError(row.src);
    expect({ kind: e.kind, message: e.message, at: [e.line, e.column] }).toEqual({ kind: row.kind, message: row.message, at: row.at });
    expect(e.console).toEqual(row.console ?? []);
  }
  if (alsoFailsInV8) expect(() => runInV8(row.src, sampleFile, { now: SAMPLE_NOW })).toThrow();
}

const groups: [string, Refusal[], boolean][] = [
  ["runtime errors (V8 fails too)", runtimeErrors, true],
  ["the sandbox's refusals", sandboxRefusals, false],
  ["unknown names", unknownNames, false],
  ["limits", limits, false],
  ["syntax errors", syntaxErrors, false],
];

const title = (src: string): string => src.replace(/\n/g, " ⏎ ");

for (const [name, rows, alsoFailsInV8] of groups) {
  describe(name, () => {
    for (const row of rows) {
      if (row.fails) it.fails(`${title(row.src)} [known: ${row.fails}]`, () => check(row, alsoFailsInV8));
      else it(title(row.src), () => check(row, alsoFailsInV8));
    }
  });
}

it("the table has at least 40 programs", () => {
  expect(groups.flatMap(([, rows]) => rows).length).toBeGreaterThanOrEqual(40);
});
