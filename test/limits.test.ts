/**
 * The sandbox's limits and its isolation (SPEC §5, docs/embedding.md "Limits" and "Isolation and
 * concurrency").
 *
 *  - Limits: for each run limit and each compile limit, a program just under it succeeds and one
 *    just over it fails with a `limit` error whose message names the limit and how to raise it;
 *    the embedder's override (`program.run(ws, { limits })`, `compile(src, { limits })`) works;
 *    the defaults are the ones docs/embedding.md lists; a bad limit value is a `usage` error.
 *  - Isolation: for each method that changes its receiver, and for assignment into every kind of
 *    workspace data, a program that writes sees its own change within the evaluation exactly as
 *    V8 does (test/helpers/v8-reference.ts), and the next evaluation sees the workspace as loaded.
 *    A compiled program run twice answers the same; programs run interleaved over several
 *    workspaces do not see each other's writes.
 *  - A fast-check property: member chains and assignments over the roots and ops with the keys an
 *    attacker likes (`constructor`, `__proto__`, … and computed ones), each run through both walls
 *    and through the evaluator alone: every outcome is a refusal or a harmless value, and neither
 *    the host nor the workspace changes.
 *
 * A row marked `fails` is a known defect: it states what must hold, the note what happens, and it
 * runs as `it.fails` until it is fixed.
 */
import { DICTIONARY_PROTOTYPE } from "../src/workspace/entities.js";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compile, loadWorkspace, Session, WeftError, DEFAULT_COMPILE_LIMITS, DEFAULT_RUN_LIMITS,
  Run, Artifact, ArtifactVersion, User, Project,
  type CompileLimits, type RunLimits, type Workspace,
} from "../src/index.js";
import { compileUnchecked } from "../src/api.js";
import { MAX_NESTING_CEILING } from "../src/limits.js";
import { Namespace } from "../src/runtime/values.js";
import { activeOrNone } from "../src/runtime/active.js";
import { methods } from "../stdlib/index.js";
import { canonical } from "./helpers/canonical.js";
import { runInV8 } from "./helpers/v8-reference.js";
import { sample, sampleFile, SAMPLE_NOW } from "./helpers/weft.js";
import { hostShot, hostChanges } from "./helpers/host.js";

const run = (src: string, limits?: Partial<RunLimits>, ws: Workspace = sample) => compile(src).run(ws, { now: SAMPLE_NOW, ...(limits ? { limits } : {}) });

/** The error `f` fails with; fails the test if it succeeds or throws anything but a WeftError. */
function failure(f: () => unknown): WeftError {
  try {
    f();
  } catch (e) {
    if (e instanceof WeftError) return e;
    throw new Error(`expected a WeftError, got ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`, { cause: e });
  }
  throw new Error("expected an error, but it succeeded");
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// ---------------------------------------------------------------------------------------------
// Defaults

describe("defaults", () => {
  it("are the values docs/embedding.md lists", () => {
    expect({ ...DEFAULT_RUN_LIMITS }).toEqual({
      maxSteps: 50_000_000,
      maxCallDepth: 400,
      maxArrayLength: 10_000_000,
      maxStringLength: 100_000_000,
      maxObjectSize: 1_000_000,
      maxAllocation: 1_000_000_000,
      timeoutMs: 0,
    });
    expect({ ...DEFAULT_COMPILE_LIMITS }).toEqual({ maxSourceLength: 1_000_000, maxNesting: 100, maxAstNodes: 100_000 });
  });

  for (const page of ["embedding.md", "security.md"]) {
    it(`match the limits table in docs/${page}, row by row`, () => {
      const doc = readFileSync(new URL(`../docs/${page}`, import.meta.url), "utf8");
      const rows = new Map<string, number>();
      for (const m of doc.matchAll(/^\|\s*`(\w+)`(?: \(compile\))?\s*\|\s*([\d,]+)/gm)) rows.set(m[1]!, Number(m[2]!.replace(/,/g, "")));
      const defaults: Record<string, number> = { ...DEFAULT_RUN_LIMITS, ...DEFAULT_COMPILE_LIMITS };
      expect(Object.fromEntries(rows)).toEqual(defaults);
    });
  }

  it("docs/security.md names each run limit's CLI flag as the limit error does", () => {
    const doc = readFileSync(new URL("../docs/security.md", import.meta.url), "utf8");
    for (const c of runLimitCases) expect(doc).toMatch(new RegExp(`\\|\\s*\`${c.limit}\`\\s*\\|[^|]*\\|\\s*\`${escape(c.flag)}\``));
  });

  it("are frozen", () => {
    expect(Object.isFrozen(DEFAULT_RUN_LIMITS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_COMPILE_LIMITS)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Run limits

interface RunLimitCase {
  limit: keyof RunLimits;
  flag: string;
  /** A program and limits under which it just succeeds, with its answer. */
  under: { src: string; limits: Partial<RunLimits>; value: unknown };
  /** A program and limits that it just exceeds. */
  over: { src: string; limits: Partial<RunLimits> };
  /** What the default lets through, or refuses, where a test can show it cheaply. */
  byDefault?: { src: string; fails: boolean };
}

const countTo = (n: number) => `let n = 0; for (const x of [${Array.from({ length: n }, (_, i) => i).join(", ")}]) n++; n`;
const recurse = (n: number) => `const f = (n: number): number => n === 0 ? 0 : 1 + f(n - 1); f(${n})`;
const BUSY = `let n = 0; for (const a of Array.from("x".repeat(10000))) for (const b of Array.from("x".repeat(10000))) n++; n`;

const runLimitCases: RunLimitCase[] = [
  {
    limit: "maxSteps",
    flag: "--max-steps",
    // A loop of 10 iterations takes exactly 10 steps.
    under: { src: countTo(10), limits: { maxSteps: 10 }, value: 10 },
    over: { src: countTo(10), limits: { maxSteps: 9 } },
  },
  {
    limit: "maxCallDepth",
    flag: "--max-call-depth",
    // f(9) nests 10 calls.
    under: { src: recurse(9), limits: { maxCallDepth: 10 }, value: 9 },
    over: { src: recurse(10), limits: { maxCallDepth: 10 } },
    byDefault: { src: recurse(399), fails: false },
  },
  {
    limit: "maxArrayLength",
    flag: "--max-array-length",
    under: { src: "const a = [1, 2, 3, 4]; a.push(5); a", limits: { maxArrayLength: 5 }, value: [1, 2, 3, 4, 5] },
    over: { src: "const a = [1, 2, 3, 4, 5]; a.push(6); a", limits: { maxArrayLength: 5 } },
  },
  {
    limit: "maxStringLength",
    flag: "--max-string-length",
    under: { src: `"x".repeat(10)`, limits: { maxStringLength: 10 }, value: "xxxxxxxxxx" },
    over: { src: `"x".repeat(11)`, limits: { maxStringLength: 10 } },
    byDefault: { src: `"x".repeat(1e8 + 1).length`, fails: true },
  },
  {
    limit: "maxObjectSize",
    flag: "--max-object-size",
    under: { src: "const o: any = { a: 1, b: 2 }; o.c = 3; o", limits: { maxObjectSize: 3 }, value: { a: 1, b: 2, c: 3 } },
    over: { src: "const o: any = { a: 1, b: 2, c: 3 }; o.d = 4; o", limits: { maxObjectSize: 3 } },
  },
  {
    limit: "maxAllocation",
    flag: "--max-allocation",
    // `repeat` makes 10 characters: 20 bytes at two a character.
    under: { src: `"ab".repeat(5)`, limits: { maxAllocation: 20 }, value: "ababababab" },
    over: { src: `"ab".repeat(5)`, limits: { maxAllocation: 19 } },
    // 60,000 upper-cased copies of a 10,000-character string: 1.2 GB made, little of it kept.
    byDefault: { src: `const s = "x".repeat(10000); let n = 0; for (const c of Array.from(s.repeat(6))) n += s.toUpperCase().length; n`, fails: true },
  },
  {
    limit: "timeoutMs",
    flag: "--timeout",
    under: { src: "runs.length", limits: { timeoutMs: 60_000 }, value: 60 },
    // 10^8 steps, far more than 50 ms; the steps limit is lifted so that only the clock can stop it.
    over: { src: BUSY, limits: { timeoutMs: 50, maxSteps: Infinity } },
  },
];

describe("run limits", () => {
  for (const c of runLimitCases) {
    describe(c.limit, () => {
      it("a program just under it succeeds", () => {
        const { value } = run(c.under.src, c.under.limits);
        expect(JSON.parse(JSON.stringify(value))).toEqual(c.under.value);
      });

      it("a program just over it fails with a limit error that names it and how to raise it", () => {
        const e = failure(() => run(c.over.src, c.over.limits));
        expect(e.kind).toBe("limit");
        expect(e.message).toMatch(new RegExp(`\\(raise limits\\.${c.limit} or ${escape(c.flag)}\\)$`));
        if (c.limit !== "timeoutMs") expect(e.message).toContain(String(c.over.limits[c.limit]));
        expect(activeOrNone()).toBeUndefined();
      });

      if (c.limit !== "timeoutMs") {
        it("the override is per run: the same compiled program runs under the default, and not under the override", () => {
          const program = compile(c.over.src);
          expect(() => program.run(sample, { now: SAMPLE_NOW })).not.toThrow();
          expect(failure(() => program.run(sample, { now: SAMPLE_NOW, limits: c.over.limits })).kind).toBe("limit");
          expect(() => program.run(sample, { now: SAMPLE_NOW })).not.toThrow();
        });
      }

      if (c.byDefault) {
        const d = c.byDefault;
        it(`by default: ${d.src} ${d.fails ? "fails" : "succeeds"}`, () => {
          if (d.fails) expect(failure(() => run(d.src)).kind).toBe("limit");
          else expect(() => run(d.src)).not.toThrow();
        });
      }
    });
  }

  it("maxCallDepth can be raised: f(500) fails by default and runs with maxCallDepth 600", () => {
    expect(failure(() => run(recurse(500))).kind).toBe("limit");
    expect(run(recurse(500), { maxCallDepth: 600 }).value).toBe(500);
  });

  it("maxSteps counts the elements builtins visit, so a big array costs steps too", () => {
    expect(failure(() => run(`Array.from("x".repeat(1000)).slice().length`, { maxSteps: 1500 })).kind).toBe("limit");
  });

  it("a limit error carries what the program printed before it", () => {
    const e = failure(() => run(`console.log("before"); "x".repeat(11)`, { maxStringLength: 10 }));
    expect(e.console).toEqual([{ level: "log", text: "before" }]);
  });

  it("a session applies its limits to each evaluation", () => {
    const session = new Session(sample, { now: Date.parse(SAMPLE_NOW), limits: { maxSteps: 9 } });
    expect(session.evaluate(countTo(9)).value).toBe(9);
    expect(failure(() => session.evaluate(countTo(10))).kind).toBe("limit");
    expect(session.evaluate(countTo(9)).value).toBe(9);
  });
});

// ---------------------------------------------------------------------------------------------
// Compile limits

interface CompileLimitCase {
  limit: keyof CompileLimits;
  under: { src: string; limits: Partial<CompileLimits> };
  over: { src: string; limits: Partial<CompileLimits> };
  /**
   * A program the default refuses and a raised limit lets through. (None for maxAstNodes: a
   * program past 200,000 nodes takes the parser several seconds; the default's value is checked
   * above.)
   */
  raised?: { src: string; limits: Partial<CompileLimits> };
  fails?: string;
}

const nest = (n: number) => "(".repeat(n) + "1" + ")".repeat(n);

const compileLimitCases: CompileLimitCase[] = [
  {
    limit: "maxSourceLength",
    under: { src: " ".repeat(9) + "1", limits: { maxSourceLength: 10 } },
    over: { src: " ".repeat(10) + "1", limits: { maxSourceLength: 10 } },
    raised: { src: " ".repeat(1_100_000) + "1", limits: { maxSourceLength: 2_000_000 } },
  },
  {
    limit: "maxNesting",
    under: { src: nest(5), limits: { maxNesting: 5 } },
    over: { src: nest(6), limits: { maxNesting: 5 } },
    raised: { src: nest(MAX_NESTING_CEILING), limits: { maxNesting: MAX_NESTING_CEILING } },
  },
  {
    limit: "maxAstNodes",
    // `1 + 2` is 5 nodes: the program, its statement, the sum and its two numbers.
    under: { src: "1 + 2", limits: { maxAstNodes: 5 } },
    over: { src: "1 + 2", limits: { maxAstNodes: 4 } },
  },
];

describe("compile limits", () => {
  for (const c of compileLimitCases) {
    describe(c.limit, () => {
      it("a program just under it compiles and runs", () => {
        expect(() => compile(c.under.src, { limits: c.under.limits }).run(sample, { now: SAMPLE_NOW })).not.toThrow();
      });

      it("a program just over it fails with a limit error that names it and how to raise it", () => {
        const e = failure(() => compile(c.over.src, { limits: c.over.limits }));
        expect(e.kind).toBe("limit");
        expect(e.message).toContain(String(c.over.limits[c.limit]));
        expect(e.message).toMatch(new RegExp(`\\(raise limits\\.${c.limit}\\b`));
        expect([e.line, e.column].every((n) => typeof n === "number")).toBe(true);
      });

      it("the override is per compile: the same source compiles under the default, and not under the override", () => {
        expect(() => compile(c.over.src)).not.toThrow();
        expect(failure(() => compile(c.over.src, { limits: c.over.limits })).kind).toBe("limit");
        expect(() => compile(c.over.src, { limits: { [c.limit]: c.over.limits[c.limit]! * 10 } })).not.toThrow();
      });

      const r = c.raised;
      if (r) {
        const raise = () => {
          expect(failure(() => compile(r.src)).kind).toBe("limit");
          expect(() => compile(r.src, { limits: r.limits }).run(sample, { now: SAMPLE_NOW })).not.toThrow();
        };
        // Under mutation testing (vitest.mutation.config.ts) tests run in a worker thread, whose bigger
        // stack lets the parser through: the known defect does not show there, so the row is skipped.
        if (c.fails) (process.env.WEFT_MUTATION === "1" ? it.skip : it.fails)(`the default refuses a bigger program, and a raised limit lets it through [known: ${c.fails}]`, raise);
        else it("the default refuses a bigger program, and a raised limit lets it through", raise);
      }
    });
  }
});

// ---------------------------------------------------------------------------------------------
// maxAllocation: what is charged

describe("maxAllocation charges what a program makes, kept or not", () => {
  /** The program runs under `fits` bytes and fails with a limit error under `exceeds`. */
  const rows: { what: string; src: string; fits: number; exceeds: number }[] = [
    // 100 appends of 10 characters: ~1,000 characters kept, ~2,000 bytes with the loop's array
    // and string. Charging each intermediate string whole would be ~100,000 characters.
    { what: "a string built piece by piece with += costs its final length", src: `let s = ""; for (const c of Array.from("x".repeat(100))) s += "abcdefghij"; s.length`, fits: 3_000, exceeds: 2_900 },
    { what: "… with s = s + piece", src: `let s = ""; for (const c of Array.from("x".repeat(100))) s = s + "abcdefghij"; s.length`, fits: 3_000, exceeds: 2_900 },
    { what: "… with a template", src: "let s = \"\"; for (const c of Array.from(\"x\".repeat(100))) s = `${s}abcdefghij`; s.length", fits: 3_000, exceeds: 2_900 },
    // 10 doublings of "ab" make 2,046 characters, each charged: 4,092 bytes, with the loop's 100.
    { what: "a string doubled costs what each doubling makes", src: `let s = "ab"; for (const c of Array.from("x".repeat(10))) s = s + s; s.length`, fits: 4_200, exceeds: 4_000 },
    { what: "an array converted by + costs its text", src: `const a = ["x".repeat(1000)]; ("" + a).length`, fits: 4_100, exceeds: 4_000 },
    { what: "a string + a string costs the shorter", src: `const a = ["x".repeat(1000)]; ("" + a[0]).length`, fits: 2_100, exceeds: 2_000 },
    { what: "a discarded string counts", src: `for (const c of Array.from("x".repeat(10))) "y".repeat(100); 0`, fits: 2_200, exceeds: 2_000 },
    { what: "spread copies count", src: `const a = [1, 2, 3]; [...a, ...a, 4].length`, fits: 80, exceeds: 79 },
    { what: "JSON.parse counts its arrays and keys", src: `JSON.parse('[1, 2, {"a": 3}]')`, fits: 32, exceeds: 31 },
    { what: "console.log counts its text", src: `console.log("x".repeat(100))`, fits: 400, exceeds: 399 },
    { what: "an op's fresh copy counts (runHistory)", src: `runs.map(r => runHistory(r).length).length`, fits: 4_000, exceeds: 1_000 },
    { what: "an object literal counts its keys", src: `({ a: 1, b: 2 })`, fits: 16, exceeds: 15 },
    { what: "a method's new array counts (map, filter) and its string (join)", src: `[1, 2, 3].map(x => x * 2).filter(x => x > 2).join("-")`, fits: 70, exceeds: 69 },
  ];
  for (const r of rows) {
    it(r.what, () => {
      expect(() => run(r.src, { maxAllocation: r.fits })).not.toThrow();
      const e = failure(() => run(r.src, { maxAllocation: r.exceeds }));
      expect([e.kind, e.message]).toEqual(["limit", `the evaluation made more than ${r.exceeds} bytes of strings, arrays and objects in all (raise limits.maxAllocation or --max-allocation)`]);
    });
  }

  it("what a builtin answers is held to the size limits too, not only what grows (upper-casing a literal, mapping a long array)", () => {
    expect(failure(() => run(`"abcd".toUpperCase()`, { maxStringLength: 3 })).message).toContain("a string would be 4 characters long, over the limit of 3");
    expect(run(`"abc".toUpperCase()`, { maxStringLength: 3 }).value).toBe("ABC");
    expect(failure(() => run(`runs.map(r => 1).length`, { maxArrayLength: 59 })).message).toContain("an array would have 60 elements, over the limit of 59");
  });

  it("a limit met by a literal (array, object, template, spread) or a concatenation names its line and column", () => {
    const cases: [string, Partial<RunLimits>, [number, number]][] = [
      ["const a = 1\nconst b = [1, 2, 3]", { maxAllocation: 8 }, [2, 11]],
      ["const a = 1\nconst o = { a: 1, b: 2 }", { maxAllocation: 8 }, [2, 11]],
      ["const s = 'ab'\nconst t = `${s}${s}`", { maxAllocation: 2 }, [2, 11]],
      ["const s = 'ab'\nconst t = `${s}${s}`", { maxStringLength: 3 }, [2, 11]],
      ["const a = [1, 2]\nconst b = [0, ...a]", { maxArrayLength: 2 }, [2, 15]],
      ["const a = [1, 2]\nconst o = { a: 1, b: 2, c: 3 }", { maxObjectSize: 2 }, [2, 11]],
      // a concatenation: the `+`
      ["const s = 'abcdefgh'\nconst t = 1 + (s + s)", { maxStringLength: 10 }, [2, 16]],
      ["let s = 'abcdefgh'\ns += s", { maxStringLength: 10 }, [2, 1]],
    ];
    for (const [src, limits, at] of cases) {
      const e = failure(() => run(src, limits));
      expect([e.kind, e.line, e.column], src).toEqual(["limit", ...at]);
    }
  });

  it("reading the workspace costs nothing: its arrays and strings are not made by the program", () => {
    expect(run("runs.map(r => runName(r)).length", { maxAllocation: 8 * 60 }).value).toBe(60);
    expect(run("runConfig(runs[0]).learning_rate", { maxAllocation: 0 }).value).toBe(run("runConfig(runs[0]).learning_rate").value);
  });

  it("what a method answers of its own receiver costs nothing (push, sort, a trim with nothing to trim)", () => {
    expect(run(`const a = [3, 1, 2]; a.sort(); a.push(4); "x".trim(); a.length`, { maxAllocation: 3 * 8 }).value).toBe(4);
  });

  it("each evaluation of a session starts with the whole budget", () => {
    const session = new Session(sample, { now: Date.parse(SAMPLE_NOW), limits: { maxAllocation: 2_000 } });
    for (let i = 0; i < 3; i++) expect(session.evaluate(`"x".repeat(900).length`).value).toBe(900);
  });
});

// ---------------------------------------------------------------------------------------------
// Bad limit values

describe("a bad limit value is a usage error", () => {
  it(`maxNesting over its ceiling (${MAX_NESTING_CEILING}, what the parser's stack holds): a usage error that names the ceiling`, () => {
    const e = failure(() => compile("1", { limits: { maxNesting: MAX_NESTING_CEILING + 1 } }));
    expect([e.kind, e.message]).toEqual(["usage", `limits.maxNesting can be at most ${MAX_NESTING_CEILING}, got ${MAX_NESTING_CEILING + 1}: the parser's stack holds no deeper brackets (nest the program less: name a part with \`const\`)`]);
    expect(() => compile(nest(MAX_NESTING_CEILING), { limits: { maxNesting: MAX_NESTING_CEILING } })).not.toThrow();
  });

  const bad: [string, unknown][] = [
    ["negative", -1],
    ["NaN", Number.NaN],
    ["a string", "5"],
    ["null", null],
  ];
  for (const key of Object.keys(DEFAULT_RUN_LIMITS) as (keyof RunLimits)[]) {
    for (const [what, value] of bad) {
      it(`run: ${key} ${what}`, () => {
        const e = failure(() => compile("1").run(sample, { now: SAMPLE_NOW, limits: { [key]: value } as Partial<RunLimits> }));
        expect(e.kind).toBe("usage");
        expect(e.message).toContain(`limits.${key}`);
      });
    }
  }
  for (const key of Object.keys(DEFAULT_COMPILE_LIMITS) as (keyof CompileLimits)[]) {
    for (const [what, value] of bad.slice(0, 2)) {
      it(`compile: ${key} ${what}`, () => {
        const e = failure(() => compile("1", { limits: { [key]: value } as Partial<CompileLimits> }));
        expect(e.kind).toBe("usage");
        expect(e.message).toContain(`limits.${key}`);
      });
    }
  }
  it("Session: maxSteps negative", () => {
    const e = failure(() => new Session(sample, { limits: { maxSteps: -1 } }).evaluate("1"));
    expect(e.kind).toBe("usage");
  });
  it("run: an unknown limit name such as `maxStep`", () => {
    const e = failure(() => compile("1").run(sample, { now: SAMPLE_NOW, limits: { maxStep: 10 } as Partial<RunLimits> }));
    expect(e.kind).toBe("usage");
  });
  it("Infinity and 0 are accepted values", () => {
    expect(run("1 + 1", { maxSteps: Infinity, timeoutMs: 0 }).value).toBe(2);
  });
});

// ---------------------------------------------------------------------------------------------
// Where the limits fall short (known defects, stated as what must hold)

describe("limits that fall short", () => {
  // That programs nested as deep as maxNesting's ceiling compile in a fresh process (the CLI, an
  // embedder's first compile, where the parser's frames are biggest) is checked in security.test.ts.

  it("a program that nests too deeply for the parser gets a message that names a limit", () => {
    const e = failure(() => compile("!".repeat(50_000) + "true"));
    expect(e.kind).toBe("limit");
    expect(e.message).toMatch(/limits\.\w+/);
  });

  // maxCallDepth raised past what the host's stack holds: checked in security.test.ts in a fresh
  // process, where it ends as a runtime "internal error" (here, warm, it ends as a limit error).
  it("maxCallDepth raised past the host's stack ends with a limit error (in this process)", () => {
    const e = failure(() => run(recurse(20_000), { maxCallDepth: 100_000 }));
    expect(e.kind).toBe("limit");
  });

  it("timeoutMs stops a program of few but slow steps (the clock is read after every big string or array, not only every 4096 steps)", () => {
    const e = failure(() => run(`Array.from("x".repeat(20), () => "x".repeat(5e7).toUpperCase().length).length`, { timeoutMs: 100 }));
    expect(e.kind).toBe("limit");
  });

  it("a session's timeoutMs bounds each evaluation, not the session's life", () => {
    // 200 ms, not less: under mutation testing the instrumented evaluator is several times slower.
    const session = new Session(sample, { now: Date.parse(SAMPLE_NOW), limits: { timeoutMs: 200 } });
    const start = Date.now();
    while (Date.now() - start < 250) {
      // the session sits idle past its timeout
    }
    expect(session.evaluate(`Array.from("x".repeat(10000)).map(x => 1).length`).value).toBe(10000);
  });

  it("maxObjectSize bounds the objects JSON.parse makes", () => {
    const src = `JSON.parse("{" + Array.from("x".repeat(20), (c: string, i: number) => '"k' + i + '": 1').join(",") + "}")`;
    expect(failure(() => run(src, { maxObjectSize: 10 })).kind).toBe("limit");
  });

  it("maxArrayLength bounds the arrays JSON.parse and Object.keys make", () => {
    expect(failure(() => run(`JSON.parse("[1, 2, 3]")`, { maxArrayLength: 2 })).kind).toBe("limit");
    expect(failure(() => run(`Object.keys({ a: 1, b: 2, c: 3 })`, { maxArrayLength: 2 })).kind).toBe("limit");
  });

  it("a limit met by a write (an index, `length =`, a new key) names the write's line and column", () => {
    for (const [src, column] of [["const a = []; a[4294967294] = 1", 15], ["const a = []; a.length = 20000000", 15], ['const o = {}; for (const c of "abc") o[c] = 1', 38]] as const) {
      const e = failure(() => run(src, { maxArrayLength: 2, maxObjectSize: 2 }));
      expect([e.kind, e.line, e.column], src).toEqual(["limit", 1, column]);
    }
  });

  it("maxArrayLength bounds the arrays split and spread make", () => {
    expect(failure(() => run(`"a,b,c".split(",")`, { maxArrayLength: 2 })).kind).toBe("limit");
    expect(failure(() => run(`[..."abc"]`, { maxArrayLength: 2 })).kind).toBe("limit");
  });
});

// ---------------------------------------------------------------------------------------------
// Workspace snapshots (the host's are in helpers/host.ts)

function workspaceShot(ws: Workspace): string {
  return JSON.stringify({
    runs: ws.runs.map((r) => [r.record, r.id, r.name, r.state, r.jobType, r.user.username, r.createdAt.getTime(), r.heartbeatAt.getTime(), r.config, r.summary, r.history, r.loggedArtifacts.map((v) => v.version), r.usedArtifacts.map((v) => v.version)]),
    artifacts: ws.artifacts.map((a) => [a.record, a.name, a.type, a.versions.map((v) => [v.name, v.type, v.version, [...v.aliases], v.alias, v.digest, v.size, v.createdAt.getTime()])]),
    project: [ws.project.name, ws.project.entity],
    users: ws.users.map((u) => [u.username, u.name]),
  });
}

const SAFE_PROTOS = new Set<object | null>([null, DICTIONARY_PROTOTYPE, Object.prototype, Array.prototype, Date.prototype, Run.prototype, Artifact.prototype, ArtifactVersion.prototype, User.prototype, Project.prototype, Namespace.prototype]);
const HOST = new Set<unknown>([globalThis, process, Function, Object, Array, Reflect, JSON, Math, console, Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype, Date.prototype]);

/** What of the host an answer holds: host objects, native functions, foreign prototypes, accessors. */
function leaks(value: unknown): string[] {
  const out: string[] = [];
  const seen = new Set<unknown>();
  const todo: unknown[] = [value];
  while (todo.length > 0 && seen.size < 100_000) {
    const v = todo.pop();
    if (v === null || (typeof v !== "object" && typeof v !== "function") || seen.has(v)) continue;
    seen.add(v);
    if (HOST.has(v)) out.push("a host object");
    else if (typeof v === "function") {
      if (/\[native code\]\s*\}$/.test(Function.prototype.toString.call(v))) out.push("a native function");
    } else {
      if (!SAFE_PROTOS.has(Object.getPrototypeOf(v) as object | null)) out.push("a foreign prototype");
      if (v instanceof Date || v instanceof Namespace || v instanceof Run || v instanceof Artifact || v instanceof ArtifactVersion || v instanceof User || v instanceof Project) continue;
      for (const key of Reflect.ownKeys(v)) {
        const d = Object.getOwnPropertyDescriptor(v, key)!;
        if (d.get || d.set) out.push("an accessor");
        else todo.push(d.value);
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Isolation

/** What a later program reads of the workspace: everything a write could have changed. */
const READER = `JSON.stringify([
  runs.length,
  runs.map(r => [r.id, runName(r), runConfig(r), runSummary(r), runHistory(r), runCreatedAt(r), runHeartbeatAt(r), runLoggedArtifactVersions(r).map(v => v.alias)]),
  artifacts.map(a => artifactVersions(a).map(v => [v.version, v.aliases, v.createdAt, v.size])),
  project.runs().length,
])`;
// Compiled and run inside the tests, not when the file loads: work done at load time makes every
// mutant it touches "static" for mutation testing, which must then run the whole suite for each.
const read = (ws: Workspace): unknown => compile(READER).run(ws, { now: SAMPLE_NOW }).value;
/** What the reader sees of a freshly loaded sample workspace. */
const pristine = (): unknown => read(loadWorkspace(sampleFile));

interface Mutation {
  /** The program: it writes, then answers what it now sees. */
  src: string;
  /** The mutating method it exercises, if any (every one must have a case). */
  method?: string;
}

const DATE_SETTER_ARGS: Record<string, string> = {
  setTime: "0",
  setFullYear: "2000, 1, 2",
  setUTCFullYear: "2000, 1, 2",
  setMonth: "0, 15",
  setUTCMonth: "0, 15",
  setDate: "1",
  setUTCDate: "1",
  setHours: "1, 2, 3, 4",
  setUTCHours: "1, 2, 3, 4",
  setMinutes: "5, 6, 7",
  setUTCMinutes: "5, 6, 7",
  setSeconds: "8, 9",
  setUTCSeconds: "8, 9",
  setMilliseconds: "10",
  setUTCMilliseconds: "10",
};

const dateSetters = [...methods.Date.values()].filter((m) => m.mutates).map((m) => m.name);
const arrayMutators = [...methods.array.values()].filter((m) => m.mutates).map((m) => m.name);

const mutations: Mutation[] = [
  // Every mutating array method, on the `runs` root …
  { method: "push", src: "runs.push(runs[0]); [runs.length, runs[60].id]" },
  { method: "pop", src: "const last = runs.pop(); [runs.length, last?.id]" },
  { method: "shift", src: "runs.shift(); runs.map(r => r.id)" },
  { method: "unshift", src: "runs.unshift(runs[5]); runs.map(r => r.id)" },
  { method: "splice", src: "runs.splice(1, 2, runs[9]); runs.map(r => r.id)" },
  { method: "sort", src: "runs.sort((a, b) => (a.id < b.id ? -1 : 1)); runs.map(r => r.id)" },
  { method: "reverse", src: "runs.reverse(); runs.map(r => r.id)" },
  { method: "fill", src: "runs.fill(runs[0], 2, 5); runs.map(r => r.id)" },
  { src: "runs.length = 3; runs.map(r => r.id)" },
  { src: "runs[0] = runs[1]; runs.map(r => r.id)" },
  { src: "project.runs().pop(); [runs.length, project.runs().length]" },
  // … and on a version's aliases.
  { src: `const v = artifactVersions(artifacts[0])[2]; v.aliases.push("pwned"); [v.aliases, artifactVersions(artifacts[0]).map(w => w.aliases)]` },
  { src: `artifactVersions(artifacts[0])[0].aliases.push("pwned"); artifactVersions(artifacts[0])[0].aliases` },
  { src: `const a = artifactVersions(artifacts[0]).map(v => v.aliases); a.forEach(x => { x.unshift("u"); x.sort(); x.reverse() }); artifactVersions(artifacts[0]).map(v => v.aliases)` },
  { src: `const v = artifactVersions(artifacts[0])[2]; v.aliases.length = 0; v.aliases[3] = "x"; v.aliases.splice(0, 1); [v.aliases.length, artifactVersions(artifacts[0])[2].aliases]` },
  // Assignment into config, summary, history rows and nested config objects.
  { src: "runConfig(runs[0]).learning_rate = 1; runConfig(runs[0]).epochs++; runConfig(runs[0])" },
  { src: "runConfig(runs[0]).brandNew = [1, 2]; runConfig(runs[0])" },
  { src: "runConfig(runs[0]).scheduler.warmup_steps = 0; runConfig(runs[0])" },
  { src: "runConfig(runs[0]).augmentation.mixup += 1; runConfig(runs[0]).augmentation.random_crop = false; runConfig(runs[0])" },
  { src: `const { scheduler } = runConfig(runs[0]); scheduler.type = "linear"; runConfig(runs[0]).scheduler` },
  { src: "const all = runs.map(r => runConfig(r)); all.forEach(c => { c.seed = 0 }); runs.map(r => runConfig(r).seed)" },
  { src: "runSummary(runs[0]).accuracy = 0; runSummary(runs[0]).accuracy ??= 5; runSummary(runs[0])" },
  { src: "runHistory(runs[0])[0].loss = 0; runHistory(runs[0])[0]" },
  { src: "runHistory(runs[0]).push({ _step: 99 }); runHistory(runs[0]).length" },
  { src: "const h = runHistory(runs[0]); h.sort((a, b) => b._step - a._step); h[0].loss = -1; [h.map(r => r._step), runHistory(runs[0]).map(r => [r._step, r.loss])]" },
  { src: "Object.values(runConfig(runs[1])).forEach((v: any) => { if (typeof v === 'object' && v !== null) v.touched = true }); runConfig(runs[1])" },
  { src: "const c = { ...runConfig(runs[0]) }; c.scheduler.type = 'shared'; runConfig(runs[0]).scheduler" },
  // Every Date setter, on a run's dates and a version's date.
  ...dateSetters.flatMap((name): Mutation[] => [
    { method: name, src: `runCreatedAt(runs[0]).${name}(${DATE_SETTER_ARGS[name] ?? "1"}); [runCreatedAt(runs[0]), runCreatedAt(runs[0]).getTime()]` },
    { method: name, src: `runHeartbeatAt(runs[3]).${name}(${DATE_SETTER_ARGS[name] ?? "1"}); runHeartbeatAt(runs[3])` },
    { method: name, src: `const v = artifactVersions(artifacts[1])[0]; v.createdAt.${name}(${DATE_SETTER_ARGS[name] ?? "1"}); [v.createdAt, artifactVersionCreatedAt(v)]` },
  ]),
];

describe("isolation", () => {
  it("every method that changes its receiver has a case", () => {
    const covered = new Set(mutations.flatMap((m) => (m.method ? [m.method] : [])));
    expect([...arrayMutators, ...dateSetters].filter((name) => !covered.has(name))).toEqual([]);
    expect(dateSetters.filter((name) => !(name in DATE_SETTER_ARGS))).toEqual([]);
  });

  for (const m of mutations) {
    it(`${m.src.replace(/\n/g, " ")}`, () => {
      const ws0 = workspaceShot(sample);
      const host0 = hostShot();
      // Within the evaluation: the program sees its own change, as V8 does.
      const weftAnswer = run(m.src).value;
      const v8Answer = runInV8(m.src, sampleFile, { now: SAMPLE_NOW }).value;
      expect(canonical(weftAnswer)).toEqual(canonical(v8Answer));
      // The same program again: the same answer, so nothing of the first run stayed.
      expect(canonical(run(m.src).value)).toEqual(canonical(weftAnswer));
      // The next evaluation, of another program, sees the workspace as loaded.
      expect(read(sample)).toEqual(pristine());
      expect(workspaceShot(sample)).toBe(ws0);
      expect(hostChanges(host0, hostShot())).toEqual([]);
    });
  }

  it("a session's writes stay in the session", () => {
    const session = new Session(sample, { now: Date.parse(SAMPLE_NOW) });
    session.evaluate("const d = runCreatedAt(runs[0]); const c = runConfig(runs[0])");
    session.evaluate(`d.setTime(0); c.learning_rate = 1; runs.pop()`);
    expect(session.evaluate("[d.getTime(), runCreatedAt(runs[0]).getTime(), runConfig(runs[0]).learning_rate, runs.length]").value).toEqual([0, 0, 1, 59]);
    expect(read(sample)).toEqual(pristine());
    expect(new Session(sample, { now: Date.parse(SAMPLE_NOW) }).evaluate(READER).value).toEqual(pristine());
  });

  // docs/embedding.md asks the embedder to treat answers as read-only; these show what happens if it does not.
  it("an answered `runs` is not the workspace's own array", () => {
    const ws = loadWorkspace(sampleFile);
    const before = read(ws);
    const answer = compile("runs").run(ws, { now: SAMPLE_NOW }).value as Run[];
    try {
      answer.reverse();
    } catch {
      // refused: good
    }
    expect(read(ws)).toEqual(before);
  });

  it("an answered Date refuses its setters: it is the workspace's, and freezing does not stop setTime", () => {
    const ws = loadWorkspace(sampleFile);
    const before = read(ws);
    const answer = compile("[runCreatedAt(runs[0]), runHeartbeatAt(runs[0]), artifactVersions(artifacts[0])[0].createdAt]").run(ws, { now: SAMPLE_NOW }).value as Date[];
    for (const date of answer) {
      expect(date).toBeInstanceOf(Date);
      expect(() => date.setTime(0)).toThrow(/workspace's and cannot change; change a copy \(new Date\(date\)\)/);
      expect(() => date.setUTCFullYear(1999)).toThrow(TypeError);
      expect(() => new Date(date).setTime(0)).not.toThrow();
    }
    expect(read(ws)).toEqual(before);
  });

  it("a value a program answered is the program's: the embedder's next run does not see what it does with it", () => {
    const { value } = run("runConfig(runs[0])");
    expect(Object.isFrozen(value)).toBe(true); // workspace data is handed out frozen to programs that do not write
    const mutable = run("const c = runConfig(runs[0]); c.x = 1; c").value as Record<string, unknown>;
    mutable.learning_rate = -1;
    expect(read(sample)).toEqual(pristine());
  });

  it("the same compiled program, run twice, answers the same", () => {
    const program = compile(`runs.push(runs[0]); const c = runConfig(runs[0]); c.count = (c.count ?? 0) + 1; runCreatedAt(runs[0]).setFullYear(1999); [runs.length, c.count, runCreatedAt(runs[0]).getUTCFullYear()]`);
    const first = program.run(sample, { now: SAMPLE_NOW }).value;
    const second = program.run(sample, { now: SAMPLE_NOW }).value;
    expect(first).toEqual([61, 1, 1999]);
    expect(second).toEqual(first);
    expect(read(sample)).toEqual(pristine());
  });

  it("programs run interleaved over several workspaces do not see each other's writes", () => {
    const variant = structuredClone(sampleFile) as { runs: { config?: Record<string, unknown> }[] };
    variant.runs = variant.runs.slice(0, 10);
    variant.runs[0]!.config = { ...variant.runs[0]!.config, learning_rate: 0.5 };
    const workspaces = [sample, loadWorkspace(variant), loadWorkspace(sampleFile)];
    const expected = workspaces.map((ws) => read(ws));
    const writer = compile(`const c = runConfig(runs[0]); c.learning_rate = -1; c.seen = (c.seen ?? 0) + 1; runs.reverse(); runs.push(runs[0]); [c.seen, runs.length]`);
    const other = compile(`const c = runConfig(runs[0]); c.other = 1; runCreatedAt(runs[0]).setTime(0); runs.length`);
    for (let round = 0; round < 3; round++) {
      workspaces.forEach((ws, i) => {
        expect(writer.run(ws, { now: SAMPLE_NOW }).value).toEqual([1, ws.runs.length + 1]);
        expect(read(ws)).toEqual(expected[i]);
        expect(other.run(ws, { now: SAMPLE_NOW }).value).toBe(ws.runs.length);
        expect(read(ws)).toEqual(expected[i]);
      });
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The property: dangerous member chains and assignments

const ROOTS = [
  "runs",
  "runs[0]",
  "artifacts[0]",
  "project",
  "runConfig(runs[0])",
  "runConfig(runs[0]).scheduler",
  "runSummary(runs[0])",
  "runHistory(runs[0])",
  "runHistory(runs[0])[0]",
  "runCreatedAt(runs[0])",
  "artifactVersions(artifacts[0])[0]",
  "artifactVersions(artifacts[0])[0].aliases",
  "runUser(runs[0])",
  "Math",
  "JSON",
  "console",
  "Object",
  "Date",
  "Number",
  "runName",
  "Math.max",
  "((x: any) => x)",
  '"text"',
  "1",
  "true",
  "[1, 2]",
  "({ a: 1 })",
  `JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}}')`,
  "new Date(0)",
];

const NAMES = ["constructor", "__proto__", "prototype", "toString", "valueOf", "toJSON", "call", "apply", "bind", "hasOwnProperty", "__defineGetter__", "caller", "arguments", "name", "length", "members", "record", "polluted", "0"];

/** A key as a program writes it: a literal, or built at run time. */
const keyExpr: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...NAMES).map((k) => JSON.stringify(k)),
  fc.constantFrom(...NAMES).chain((k) => fc.integer({ min: 1, max: Math.max(1, k.length - 1) }).map((i) => `${JSON.stringify(k.slice(0, i))} + ${JSON.stringify(k.slice(i))}`)),
  fc.constantFrom(...NAMES).map((k) => `String.fromCharCode(${[...k].map((c) => c.charCodeAt(0)).join(", ")})`),
  fc.constantFrom(...NAMES).map((k) => `[${JSON.stringify(k)}].join("")`),
  fc.constantFrom(...NAMES).map((k) => `({ toString: () => ${JSON.stringify(k)} })`),
);

const link: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...NAMES.filter((k) => /^[A-Za-z_$][\w$]*$/.test(k))).map((k) => `.${k}`),
  fc.constantFrom(...NAMES.filter((k) => /^[A-Za-z_$][\w$]*$/.test(k))).map((k) => `?.${k}`),
  keyExpr.map((k) => `[${k}]`),
  keyExpr.map((k) => `?.[${k}]`),
  fc.constantFrom("()", '("return process")', "(null, runs[0])"),
);

const VALUES = ["1", "{ polluted: 1 }", "(x: any) => x", '"constructor"', "runs[0]", "null"];

const program: fc.Arbitrary<string> = fc.oneof(
  // A read, through `any` so that it reaches the evaluator, or as it is for the checker.
  fc.tuple(fc.constantFrom(...ROOTS), fc.array(link, { minLength: 1, maxLength: 4 }), fc.boolean()).map(([root, links, laundered]) =>
    laundered ? `const r: any = ${root}; r${links.join("")}` : `${root}${links.join("")}`,
  ),
  // A write at the end of a chain.
  fc.tuple(fc.constantFrom(...ROOTS), fc.array(link.filter((l) => !l.startsWith("?") && !l.startsWith("(")), { minLength: 1, maxLength: 3 }), fc.constantFrom("=", "??=", "+=", "||="), fc.constantFrom(...VALUES)).map(
    ([root, links, op, value]) => `const r: any = ${root}; r${links.join("")} ${op} ${value}; r`,
  ),
);

describe("property: dangerous member chains and assignments", () => {
  it("every outcome is a refusal or a harmless value, and the host and the workspace stay as they were", () => {
    const ws0 = workspaceShot(sample);
    const host0 = hostShot();
    fc.assert(
      fc.property(program, (src) => {
        for (const make of [compile, compileUnchecked]) {
          let value: unknown;
          try {
            value = make(src).run(sample, { now: SAMPLE_NOW, limits: { maxSteps: 100_000, timeoutMs: 2_000 } }).value;
          } catch (e) {
            if (!(e instanceof WeftError)) throw new Error(`a host error escaped: ${String(e)}`, { cause: e });
            expect(["type", "syntax", "runtime", "limit"]).toContain(e.kind);
            expect(e.message).not.toMatch(/\bctx\.\w+\(|\bimpl\(|\[native code\]/);
            continue;
          }
          expect(leaks(value)).toEqual([]);
        }
        expect(hostChanges(host0, hostShot())).toEqual([]);
        expect(workspaceShot(sample)).toBe(ws0);
        expect(activeOrNone()).toBeUndefined();
      }),
      { seed: 7, numRuns: 200 },
    );
    expect(read(sample)).toEqual(pristine());
  });
});
