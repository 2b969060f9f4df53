/**
 * Soundness of the checker, as a property (issue: "generated well-typed programs never fail at
 * run time with a JavaScript TypeError; only the warned `undefined` cases may fail, and then with
 * Weft's own clear runtime error").
 *
 * Typed generators (`program` of the `weft/testing` module, src/testing/program.ts) build programs
 * over the roots, ops and builtins: an expression of a requested type is made from expressions of
 * other types (numbers from `runRuntime(r)`, `.length` and
 * arithmetic; strings from `runName`, template literals and `toUpperCase`; booleans from
 * comparisons, `runSummary(r).x > 0.5` among them; arrays from `filter`, `map`, `slice`,
 * `toSorted` and `artifactVersions`; `reduce` with and without an initial value; `Object.keys`
 * and `Object.entries` of dictionaries). Each program declares maybe-undefined values (`find`,
 * `runJobType`, `runLoggedArtifactVersion`, `at`) and uses them only behind narrowing
 * (`if (m)`, `m ? … : …`, `m && …`, `m ?? …`, `m?.x ?? …`, `!== undefined`, `typeof`, an early
 * `return` in a block-bodied arrow).
 *
 * 1. Such programs check with no error and no warning (nearly all of them: the test prints the
 *    reasons of any the checker rejects), and over the sample workspace and a small generated one
 *    (`generateWorkspace({ runs: 3, seed })`, the seed drawn with the program) they never fail
 *    with a type error at run time (TYPE_ERRORS lists the messages counted as one), nor with
 *    anything that is not a WeftError.
 * 2. The same programs with one deliberate misuse of a maybe-undefined value added check with
 *    warnings and no error; where they fail, it is with Weft's own clear runtime error about the
 *    missing value, at a line and column.
 * 3. A JSON value used through a method (`runSummary(r).x.toFixed(2)`) checks with a warning, and
 *    fails only on a run that lacks the key, with Weft's message about the missing value.
 *
 * Seeded and bounded; a failure prints fast-check's seed and the shrunk program.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check, compile, loadWorkspace, WeftError, type Program, type Workspace } from "../src/index.js";
import { sample, SAMPLE_NOW } from "./helpers/weft.js";
import { program as wellTyped, vocabulary } from "../src/testing/index.js";

// ---------------------------------------------------------------------------------------------
// Workspaces: the sample, and small generated ones (three runs: two "train" runs and an "eval"
// run whose summary lacks the training metrics, so missing keys are met), one per seed.

const generatorUrl = new URL("../examples/generate-workspace.mjs", import.meta.url).href;
const { generateWorkspace } = (await import(generatorUrl)) as { generateWorkspace(options: { runs: number; seed: number }): unknown };
const generated = new Map<number, Workspace>();

/** The workspaces a program runs over: the sample and the generated one of `seed`. */
function workspaces(seed: number): (readonly [string, Workspace])[] {
  let ws = generated.get(seed);
  if (!ws) generated.set(seed, (ws = loadWorkspace(generateWorkspace({ runs: 3, seed }))));
  return [["sample", sample], [`generateWorkspace({ runs: 3, seed: ${seed} })`, ws]];
}
const seeds = fc.integer({ min: 1, max: 50 });

// ---------------------------------------------------------------------------------------------
// The programs: src/testing/program.ts (`weft/testing`) holds the typed generators, with the
// vocabulary of keys the generated workspaces use.

const { SUMMARY_KEYS, CONFIG_NUMBER_KEYS } = vocabulary;
const program = wellTyped();
/** The same programs with one deliberate misuse of a maybe-undefined value before the final expression. */
const warnedProgram = wellTyped({ misuse: true });

// ---------------------------------------------------------------------------------------------
// What counts as a type error at run time

/**
 * Runtime messages that mean a value had the wrong type for what the program did with it: what
 * a sound checker must rule out for a program it passes without a warning. (Messages of the
 * evaluator, the member access layer and the stdlib's argument checks, and the host TypeErrors
 * they pass on.)
 */
const TYPE_ERRORS: readonly RegExp[] = [
  /^cannot (read|set|call) /, // cannot read `x` of undefined / of number; cannot call `f` of null
  /is not a function/,
  /have no method/, // strings have no method `x`
  /has no (field|member)/, // Run has no field `x`; Math has no member `x`
  /is a method of/,
  /is not iterable/,
  /expects (a|an) /, // runName expects a Run as `run`, got …; map expects a function, got …
  /cannot be converted/, // a function cannot be converted to a string or a number
  /Cannot convert/, // Cannot convert object to primitive value; … undefined or null to object
  /cannot destructure/,
  /is not an entry object/,
  /before initialization/,
  /Reduce of empty array/,
  /^internal error/,
];

/** Weft's own message about a missing value, which a warned program may fail with. */
const MISSING_VALUE = /(of undefined|got undefined|undefined is not iterable)/;

interface Failure {
  readonly workspace: string;
  readonly error: unknown;
}

/** The compiled program, or (where the checker reports anything) its first diagnostic. */
function compileOrDiagnose(src: string): Program | string {
  try {
    const compiled = compile(src);
    if (compiled.warnings.length === 0) return compiled;
  } catch (e) {
    if (!(e instanceof WeftError)) throw e;
  }
  const d = check(src)[0]!;
  return `${d.severity} ${d.span.line}:${d.span.column} ${d.message}`;
}

function runEverywhere(program: Program, seed: number): Failure[] {
  const failures: Failure[] = [];
  for (const [name, ws] of workspaces(seed)) {
    try {
      program.run(ws, { now: SAMPLE_NOW });
    } catch (error) {
      failures.push({ workspace: name, error });
    }
  }
  return failures;
}

function describeFailure(src: string, f: Failure): string {
  const e = f.error;
  const what = e instanceof WeftError ? `${e.kind} error at ${e.line}:${e.column}: ${e.message}` : `not a WeftError: ${String(e)}`;
  return `over the ${f.workspace} workspace, ${what}\n--- program ---\n${src}`;
}

// ---------------------------------------------------------------------------------------------

describe("soundness: well-typed generated programs", () => {
  it("the generators produce programs (a sample, for a reader of this file)", () => {
    const [one] = fc.sample(program, { seed: 1, numRuns: 1 });
    expect(one).toContain("const best = ");
    expect(check(one!)).toEqual([]);
  });

  it("check with no diagnostic, and never fail at run time with a type error", () => {
    const rejected: { src: string; diagnostic: string }[] = [];
    const otherFailures: string[] = [];
    let total = 0;
    fc.assert(
      fc.property(program, seeds, (src, seed) => {
        total++;
        const compiled = compileOrDiagnose(src);
        if (typeof compiled === "string") {
          rejected.push({ src, diagnostic: compiled });
          return;
        }
        for (const f of runEverywhere(compiled, seed)) {
          const e = f.error;
          if (!(e instanceof WeftError)) throw new Error(describeFailure(src, f));
          if (e.kind === "runtime" && TYPE_ERRORS.some((p) => p.test(e.message))) throw new Error(describeFailure(src, f));
          otherFailures.push(describeFailure(src, f));
        }
      }),
      { seed: 42, numRuns: 200 },
    );
    // Nearly every generated program must pass the checker: a rejection is a false positive (or a
    // generator that wrote something ill-typed). Print the reasons, to report them.
    if (rejected.length > 0) console.log(`the checker rejected ${rejected.length} of ${total} generated programs:\n${rejected.slice(0, 5).map((r) => `${r.diagnostic}\n${r.src}`).join("\n\n")}`);
    expect(rejected.length / total).toBeLessThanOrEqual(0.05);
    // Limits, or a value error such as an invalid date, are not type errors; none is expected either.
    expect(otherFailures).toEqual([]);
  });
});

describe("soundness: programs with a warned maybe-undefined value", () => {
  it("check with warnings and no error, and fail only with Weft's message about the missing value", () => {
    let failed = 0;
    fc.assert(
      fc.property(warnedProgram, seeds, (src, seed) => {
        const diagnostics = check(src);
        expect(diagnostics.filter((d) => d.severity === "error"), src).toEqual([]);
        expect(diagnostics.length, `no warning for:\n${src}`).toBeGreaterThan(0);
        for (const f of runEverywhere(compile(src), seed)) {
          const e = f.error;
          const clear = e instanceof WeftError && e.kind === "runtime" && e.line !== undefined && MISSING_VALUE.test(e.message) && !/^internal error/.test(e.message);
          if (!clear) throw new Error(describeFailure(src, f));
          failed++;
        }
      }),
      { seed: 42, numRuns: 60 },
    );
    // The misuses are chosen so that some really meet a missing value.
    expect(failed).toBeGreaterThan(0);
  });
});

describe("soundness: JSON values used through methods", () => {
  /**
   * `runSummary(r).val_loss` is a JsonValue: a run may lack the key, or hold a string there. A method
   * called on one is a warning (the program runs), and a run without the key fails with Weft's own
   * message about the missing value, never silently.
   */
  const jsonMethod = fc
    .tuple(fc.constantFrom(...SUMMARY_KEYS, ...CONFIG_NUMBER_KEYS), fc.constantFrom("runSummary", "runConfig"), fc.constantFrom("toFixed(2)", "toString()", "valueOf()"))
    .map(([key, op, method]) => `runs.map(r => ${op}(r).${key}.${method})`);

  it("check with a warning about the JsonValue, no error, and fail only with Weft's message about the missing value", () => {
    fc.assert(
      fc.property(jsonMethod, seeds, (src, seed) => {
        const diagnostics = check(src);
        expect(diagnostics.map((d) => `${d.severity} ${d.message}`)).toEqual([expect.stringMatching(/^warning `\w+` is called on a JsonValue, which may be missing/)]);
        for (const f of runEverywhere(compile(src), seed)) {
          const e = f.error;
          if (!(e instanceof WeftError) || e.kind !== "runtime" || !MISSING_VALUE.test(e.message)) throw new Error(describeFailure(src, f));
        }
      }),
      { seed: 42, numRuns: 30 },
    );
  });
});
