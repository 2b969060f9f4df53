/**
 * The `weft/testing` module's own promises (src/testing/): generated workspaces load, typed programs
 * check and have their type, variants keep their meaning, ill-typed programs parse and fail the
 * checker, syntax trees cover every kind of node, and the module uses no Node API.
 */
import { DICTIONARY_PROTOTYPE } from "../../src/workspace/entities.js";
import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check, compile, loadWorkspace, Run, Artifact, ArtifactVersion, WeftError } from "../../src/index.js";
import { parseProgram } from "../../src/parse.js";
import {
  expression,
  garbled,
  illTypedProgram,
  program,
  PROGRAM_TYPES,
  sourceVariants,
  syntaxTree,
  text,
  tokenSoup,
  withoutSpans,
  workspace,
  type ProgramType,
} from "../../src/testing/index.js";
import { canonical } from "../helpers/canonical.js";
import { sample } from "../helpers/weft.js";
import { NOW } from "./properties.js";

/** Whether a value has a generated program's type. */
function hasType(value: unknown, type: ProgramType): boolean {
  const array = (test: (x: unknown) => boolean) => Array.isArray(value) && value.every(test);
  switch (type) {
    case "number":
    case "string":
    case "boolean":
      return typeof value === type;
    case "Date":
      return value instanceof Date;
    case "Run":
      return value instanceof Run;
    case "Artifact":
      return value instanceof Artifact;
    case "ArtifactVersion":
      return value instanceof ArtifactVersion;
    case "ConfigDict":
      return value !== null && typeof value === "object" && !Array.isArray(value) && Object.getPrototypeOf(value) === DICTIONARY_PROTOTYPE;
    case "Run[]":
      return array((x) => x instanceof Run);
    case "Artifact[]":
      return array((x) => x instanceof Artifact);
    case "ArtifactVersion[]":
      return array((x) => x instanceof ArtifactVersion);
    case "number[]":
      return array((x) => typeof x === "number");
    case "string[]":
      return array((x) => typeof x === "string");
    case "Run | undefined":
      return value === undefined || value instanceof Run;
    case "ArtifactVersion | undefined":
      return value === undefined || value instanceof ArtifactVersion;
    case "string | undefined":
      return value === undefined || typeof value === "string";
  }
}

describe("workspace()", () => {
  it("makes files loadWorkspace accepts, that JSON keeps as they are", () => {
    fc.assert(
      fc.property(workspace({ maxRuns: 8, maxArtifacts: 4 }), (file) => {
        expect(JSON.parse(JSON.stringify(file))).toEqual(file);
        const ws = loadWorkspace(file);
        expect(ws.runs.length).toBe(file.runs.length);
        expect(ws.artifacts.length).toBe(file.artifacts?.length ?? 0);
      }),
      { seed: 8001, numRuns: 300 },
    );
  });

  it("keeps to its options, and makes what the SPEC allows: absent names and keys, history, aliases, references", () => {
    const files = fc.sample(workspace({ minRuns: 2, maxRuns: 4, minArtifacts: 1, maxArtifacts: 2, minVersions: 1, maxVersions: 2 }), { seed: 8002, numRuns: 200 });
    for (const f of files) {
      expect(f.runs.length).toBeGreaterThanOrEqual(2);
      expect(f.runs.length).toBeLessThanOrEqual(4);
      expect(f.artifacts!.length).toBeGreaterThanOrEqual(1);
      for (const a of f.artifacts!) expect(a.versions.length).toBeGreaterThanOrEqual(1);
    }
    const runs = files.flatMap((f) => f.runs);
    expect(runs.some((r) => r.name === undefined)).toBe(true);
    expect(runs.some((r) => r.name !== undefined)).toBe(true);
    expect(runs.some((r) => r.summary !== undefined && r.summary["accuracy"] === undefined)).toBe(true);
    expect(runs.some((r) => typeof r.config?.["scheduler"] === "object")).toBe(true);
    expect(runs.some((r) => (r.history?.length ?? 0) > 1)).toBe(true);
    expect(runs.some((r) => (r.loggedArtifacts?.length ?? 0) > 0 && (r.usedArtifacts?.length ?? 0) > 0)).toBe(true);
    expect(files.some((f) => f.artifacts!.some((a) => a.versions.some((v) => (v.aliases?.length ?? 0) > 0)))).toBe(true);
    expect(runs.some((r) => Object.keys(r.config ?? {}).includes("__proto__"))).toBe(true);
  });

  it("shrinks towards fewer runs", () => {
    const result = fc.check(fc.property(workspace({ maxRuns: 6 }), (f) => f.runs.length < 3), { seed: 8003 });
    expect(result.failed).toBe(true);
    const [smallest] = result.counterexample!;
    expect(smallest.runs.length).toBe(3);
    expect(smallest.artifacts ?? []).toEqual([]);
  });
});

describe("program({ type })", () => {
  for (const type of PROGRAM_TYPES) {
    it(`${type}: checks with no diagnostic, and its value over the sample is a ${type}`, () => {
      const sources = fc.sample(program({ type }), { seed: 8004, numRuns: 12 });
      for (const src of sources) {
        expect(check(src), src).toEqual([]);
        const { value } = compile(src).run(sample, { now: NOW });
        expect(hasType(value, type), `${src}\n=> ${JSON.stringify(canonical(value))}`).toBe(true);
      }
    });
  }

  it("expression({ type }): one expression of the type", () => {
    for (const type of PROGRAM_TYPES) {
      for (const src of fc.sample(expression({ type }), { seed: 8005, numRuns: 5 })) {
        expect(parseProgram(src).body.length, src).toBe(1);
        expect(check(src), src).toEqual([]);
        expect(hasType(compile(src).run(sample, { now: NOW }).value, type), src).toBe(true);
      }
    }
  });

  it("misuse: checks with a warning and no error", () => {
    for (const src of fc.sample(program({ misuse: true }), { seed: 8006, numRuns: 20 })) {
      const diagnostics = check(src);
      expect(diagnostics.filter((d) => d.severity === "error"), src).toEqual([]);
      expect(diagnostics.length, src).toBeGreaterThan(0);
    }
  });

  it("mutate: writes to what it read, and still checks", () => {
    const sources = fc.sample(program({ mutate: true }), { seed: 8007, numRuns: 30 });
    for (const src of sources) expect(check(src).filter((d) => d.severity === "error"), src).toEqual([]);
    expect(sources.some((s) => /\.(sort|reverse|push|splice|unshift|setTime|setUTCFullYear)\(|runConfig\([^)]*\)\.\w+ (\?\?)?=/.test(s))).toBe(true);
  });

  it("refuses a type it has no generator for", () => {
    expect(() => program({ type: "Map<string, number>" as ProgramType })).toThrow(/no generator/);
  });
});

describe("illTypedProgram()", () => {
  it("parses, and nearly always fails the checker", () => {
    const sources = fc.sample(illTypedProgram(), { seed: 8008, numRuns: 60 });
    let refused = 0;
    for (const src of sources) {
      expect(() => parseProgram(src), src).not.toThrow();
      if (check(src).some((d) => d.severity === "error")) refused++;
    }
    expect(refused / sources.length).toBeGreaterThan(0.8);
  });
});

describe("source variants", () => {
  /** The tree without spans and empty statements (a `;` the variant added may make one). */
  const shape = (src: string) => JSON.stringify(withoutSpans(parseProgram(src)), (_k, v: unknown) => (Array.isArray(v) ? v.filter((x: { kind?: string }) => x?.kind !== "Empty") : v));

  it("parse to the original's tree", () => {
    fc.assert(
      fc.property(sourceVariants({ of: fc.oneof(program({ type: PROGRAM_TYPES }), program({ mutate: true })) }), ({ original, variant }) => {
        expect(shape(variant)).toBe(shape(original));
      }),
      { seed: 8009, numRuns: 150 },
    );
  });

  it("give the original's value and console output", () => {
    fc.assert(
      fc.property(sourceVariants(), ({ original, variant }) => {
        const run = (src: string) => {
          try {
            const r = compile(src).run(sample, { now: NOW });
            return { value: canonical(r.value), console: r.console };
          } catch (e) {
            return { error: e instanceof WeftError ? e.message : String(e) };
          }
        };
        expect(run(variant)).toEqual(run(original));
      }),
      { seed: 8010, numRuns: 40 },
    );
  });

  it("really vary: whitespace, comments, semicolons, parentheses, \\r\\n", () => {
    const variants = fc.sample(sourceVariants(), { seed: 8011, numRuns: 100 }).map((v) => v.variant);
    for (const pattern of [/\/\* c \*\//, /\/\/ c/, /;\n/, /\(\(/, /\r\n/, /\t/]) expect(variants.some((v) => pattern.test(v)), String(pattern)).toBe(true);
  });
});

describe("text for the parser", () => {
  it("token soup, text and garbled programs are strings of many shapes", () => {
    for (const arb of [tokenSoup(), text(), garbled()]) {
      const texts = fc.sample(arb, { seed: 8012, numRuns: 50 });
      expect(new Set(texts).size).toBeGreaterThan(40);
    }
  });
});

describe("syntaxTree()", () => {
  it("makes every kind of node", () => {
    const kinds = new Set<string>();
    const visit = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(visit);
      else if (v !== null && typeof v === "object") {
        const k = (v as { kind?: unknown }).kind;
        if (typeof k === "string") kinds.add(k);
        Object.values(v).forEach(visit);
      }
    };
    fc.sample(syntaxTree(), { seed: 8013, numRuns: 500 }).forEach(visit);
    const all = ["Number", "String", "Template", "Boolean", "Null", "Undefined", "Identifier", "Spread", "Elision", "Array", "Property", "Object", "Parameter", "Arrow", "Unary", "Update", "Binary", "Conditional", "Assign", "Member", "Index", "Call", "Chain", "New", "PatternElement", "ArrayPattern", "PatternProperty", "ObjectPattern", "Declarator", "VarDecl", "If", "ForOf", "Return", "Block", "ExpressionStatement", "Empty", "Program", "TypeRef", "ArrayType", "UnionType", "LiteralType", "FunctionType", "ObjectTypeMember", "ObjectType", "TupleType"];
    expect(all.filter((k) => !kinds.has(k))).toEqual([]);
  });
});

describe("the module", () => {
  it("uses no Node API (it is part of the browser-safe core)", () => {
    const dir = new URL("../../src/testing/", import.meta.url);
    for (const file of readdirSync(dir)) {
      const text = readFileSync(new URL(file, dir), "utf8");
      expect(text, file).not.toMatch(/from "node:|require\(|\bprocess\.|\bBuffer\b/);
    }
  });
});
