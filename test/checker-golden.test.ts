/**
 * The checker's golden corpus: every file of test/check/golden/ is a small program with the
 * diagnostics it must get written beside it, in the style of Crafting Interpreters' tests:
 *
 *   // expect: error 3:12 the argument `run` of `runName` is an Artifact, but a Run is required
 *   // expect: warning 2:9 the argument `run` of `runName` may be undefined, but a Run is required
 *   // expect: no diagnostics
 *
 * one `expect` per diagnostic, in a header or on the line the diagnostic is on (the line and
 * column are written out, so where the comment stands does not matter). `// workspace: sample`
 * in a file's first lines checks it against the sample workspace (for the data-aware key
 * warnings). `// known: <what is wrong>` marks a file whose expectations say what the checker
 * SHOULD report and does not yet: its test runs as `it.fails`, so it turns red the day the
 * checker is fixed, and the marker can go.
 *
 * Each test asserts the diagnostics equal the expectations exactly: severity, line, column,
 * message, and nothing else. A few files also go through the built CLI (`weft check FILE --json`),
 * which must print the same diagnostics and exit 1 exactly when one is an error. Set
 * WEFT_GOLDEN_CLI=all to put every file of the corpus through the CLI (about a second each).
 *
 * Every file starts with `// @ts-nocheck`: tsconfig.test.json type-checks test/**\/*.ts, and
 * these programs are wrong on purpose (and use Weft's roots and ops as free names).
 */
import { describe, it, expect } from "vitest";
import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { check } from "../src/api.js";
import { diagnosticJson } from "../src/check/diagnostics.js";
import { sample, SAMPLE_PATH } from "./helpers/weft.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const dir = join(root, "test", "check", "golden");
const bin = join(root, "dist", "src", "cli", "bin.js");

interface Expectation {
  readonly severity: "error" | "warning";
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

interface GoldenFile {
  readonly name: string;
  readonly path: string;
  readonly source: string;
  /** Checked against the sample workspace. */
  readonly workspace: boolean;
  /** Why the checker does not yet report what the file expects. */
  readonly known: string | undefined;
  readonly expected: readonly Expectation[];
}

const EXPECT = /\/\/ expect: (.*)$/;
const DIAGNOSTIC = /^(error|warning) (\d+):(\d+) (.+)$/;
/** How many of a file's first lines may carry `// workspace: sample` and `// known: …`. */
const HEADER_LINES = 10;

function parseGolden(name: string): GoldenFile {
  const path = join(dir, name);
  const source = readFileSync(path, "utf8");
  const lines = source.split("\n");
  const expected: Expectation[] = [];
  let clean = false;
  lines.forEach((text, i) => {
    const m = EXPECT.exec(text);
    if (!m) return;
    const body = m[1]!.trim();
    if (body === "no diagnostics") {
      clean = true;
      return;
    }
    const d = DIAGNOSTIC.exec(body);
    if (!d) throw new Error(`${name}:${i + 1}: cannot read the expectation ${JSON.stringify(body)}`);
    expected.push({ severity: d[1] as Expectation["severity"], line: Number(d[2]), column: Number(d[3]), message: d[4]! });
  });
  if (clean === (expected.length > 0)) throw new Error(`${name}: expects ${clean ? "no diagnostics and some" : "nothing at all"}; write \`// expect: no diagnostics\` or one \`// expect:\` per diagnostic`);
  const header = lines.slice(0, HEADER_LINES);
  const known = header.map((l) => /^\/\/ known: (.+)$/.exec(l)?.[1]).find((k) => k !== undefined);
  return { name, path, source, workspace: header.some((l) => /^\/\/ workspace: sample\s*$/.test(l)), known, expected };
}

/** Diagnostics as one line each, in source order: a failing test shows a readable diff. */
function render(ds: readonly Expectation[]): string[] {
  return [...ds]
    .sort((a, b) => a.line - b.line || a.column - b.column || (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1) || a.message.localeCompare(b.message))
    .map((d) => `${d.severity} ${d.line}:${d.column} ${d.message}`);
}

function actual(file: GoldenFile): Expectation[] {
  return check(file.source, file.workspace ? { workspace: sample } : {}).map((d) => ({ severity: d.severity, line: d.span.line, column: d.span.column, message: d.message }));
}

const corpus = readdirSync(dir)
  .filter((f) => f.endsWith(".ts"))
  .sort()
  .map(parseGolden);

describe("the golden corpus", () => {
  it("covers the rules: at least 70 wrong programs and 10 tricky ones that must check clean", () => {
    const wrong = corpus.filter((f) => f.expected.length > 0);
    const clean = corpus.filter((f) => f.expected.length === 0 && f.known === undefined);
    expect(wrong.length).toBeGreaterThanOrEqual(70);
    expect(clean.length).toBeGreaterThanOrEqual(10);
    // Both severities, and the data-aware warnings, are represented.
    expect(wrong.some((f) => f.expected.some((d) => d.severity === "error"))).toBe(true);
    expect(wrong.some((f) => f.expected.some((d) => d.severity === "warning"))).toBe(true);
    expect(corpus.some((f) => f.workspace && f.expected.length > 0)).toBe(true);
  });

  it("each expectation lies inside its file", () => {
    for (const f of corpus) {
      const lines = f.source.split("\n");
      for (const d of f.expected) {
        expect(d.line, `${f.name}: ${d.line}:${d.column}`).toBeLessThanOrEqual(lines.length);
        expect(d.column, `${f.name}: ${d.line}:${d.column}`).toBeLessThanOrEqual(lines[d.line - 1]!.length + 1);
      }
    }
  });
});

describe("checker diagnostics equal the golden files' expectations", () => {
  for (const file of corpus) {
    const test = file.known === undefined ? it : it.fails;
    test(file.known === undefined ? file.name : `${file.name} (known: ${file.known})`, () => {
      expect(render(actual(file))).toEqual(render(file.expected));
    });
  }
});

const execFileAsync = promisify(execFile);

/** `weft check FILE --json`: its exit status and the diagnostics it prints. */
async function cli(file: GoldenFile): Promise<{ status: number; diagnostics: Record<string, unknown>[] }> {
  const args = [bin, "check", file.path, "--json", ...(file.workspace ? ["--workspace", SAMPLE_PATH] : [])];
  let stdout: string;
  let status = 0;
  try {
    ({ stdout } = await execFileAsync(process.execPath, args, { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } }));
  } catch (e) {
    const failure = e as { code?: number; stdout?: string };
    if (typeof failure.code !== "number") throw e;
    status = failure.code;
    stdout = failure.stdout ?? "";
  }
  const lines = stdout.trim().split("\n");
  expect(lines, `${file.name}: standard output must be one JSON object`).toHaveLength(1);
  return { status, diagnostics: (JSON.parse(lines[0]!) as { diagnostics: Record<string, unknown>[] }).diagnostics };
}

async function expectCliAgrees(file: GoldenFile): Promise<void> {
  const { status, diagnostics } = await cli(file);
  // The same diagnostics as the API gives, spans and kinds included…
  const api = check(file.source, file.workspace ? { workspace: sample } : {}).map(diagnosticJson);
  expect(diagnostics, file.name).toEqual(JSON.parse(JSON.stringify(api)));
  // …which are what the file expects…
  const printed = diagnostics.map((d) => ({ severity: d.severity, line: d.line, column: d.column, message: d.message }) as Expectation);
  expect(render(printed), file.name).toEqual(render(file.expected));
  // …and exit status 1 exactly when one of them is an error.
  expect(status, file.name).toBe(file.expected.some((d) => d.severity === "error") ? 1 : 0);
}

/** A handful of files through the CLI: errors, warnings only, clean, data-aware, several at once. */
const CLI_SAMPLE = [
  "op-given-artifact.ts",
  "date-minus-date.ts",
  "find-result-as-argument.ts",
  "config-key-typo.ts",
  "many-errors-at-once.ts",
  "op-arguments-swapped.ts",
  "clean-accumulator-idiom.ts",
  "clean-data-valid-keys.ts",
];

// Both spawn the built CLI (dist/), which mutation testing does not mutate (vitest.mutation.config.ts).
describe.skipIf(process.env.WEFT_MUTATION === "1")("weft check --json prints the golden files' diagnostics", () => {
  it("for a sample of the corpus, with exit status 1 when there is an error and 0 otherwise", async () => {
    const files = CLI_SAMPLE.map((name) => {
      const f = corpus.find((c) => c.name === name);
      if (!f) throw new Error(`${name} is not in the corpus`);
      expect(f.known, `${name} is known-failing: pick another file`).toBeUndefined();
      return f;
    });
    await Promise.all(files.map(expectCliAgrees));
  }, 60_000);

  it.runIf(process.env.WEFT_GOLDEN_CLI === "all")(
    "for every file of the corpus but the known-failing ones (WEFT_GOLDEN_CLI=all)",
    async () => {
      const files = corpus.filter((f) => f.known === undefined);
      const queue = [...files];
      const worker = async () => {
        for (let f = queue.shift(); f; f = queue.shift()) await expectCliAgrees(f);
      };
      await Promise.all([worker(), worker(), worker(), worker()]);
    },
    900_000,
  );
});
