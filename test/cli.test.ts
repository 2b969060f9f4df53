/** The command line's contract (SPEC §4): JSON output, human output, exit statuses. Runs the built `weft` binary. */
import { describe, it, expect, beforeAll } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sampleFile } from "./helpers/weft.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { bin: { weft: string } };
const bin = join(root, pkg.bin.weft);
const tmp = mkdtempSync(join(tmpdir(), "weft-cli-"));

function weft(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { input, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", TZ: "America/New_York" } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs with --json and parses standard output, which must be exactly one JSON object. */
function json(args: string[], input?: string) {
  const r = weft([...args, "--json"], input);
  const lines = r.stdout.trim().split("\n");
  expect(lines).toHaveLength(1);
  return { status: r.status, out: JSON.parse(lines[0]!) as Record<string, any>, stderr: r.stderr };
}

const sampleRuns = (sampleFile as { runs: unknown[] }).runs.length;

beforeAll(() => {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run \`npm run build\` first (npm test does)`);
});

describe("the package's bin", () => {
  it("runs as a program, as `npx weft` runs it (executable, with its #! line)", () => {
    const r = spawnSync(bin, ["eval", "1 + 1", "--json"], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(r.error).toBeUndefined();
    expect(JSON.parse(r.stdout.trim())).toEqual({ value: 2, console: [] });
  });

  // scripts/finish-dist.mjs: the bundled build, not the package's hundreds of modules, and the same version.
  it("loads Chevrotain's bundled build of the installed version, from beside dist/", () => {
    const fromDist = createRequire(bin).resolve("chevrotain");
    expect(fromDist).toBe(join(root, "dist", "node_modules", "chevrotain", "chevrotain.mjs"));
    const installed = createRequire(join(root, "package.json")).resolve("chevrotain");
    const version = (file: string) => (JSON.parse(readFileSync(join(file, "..", "..", "..", "package.json"), "utf8")) as { version: string }).version;
    expect((JSON.parse(readFileSync(join(fromDist, "..", "package.json"), "utf8")) as { version: string }).version).toBe(version(installed));
  });
});

describe("the packages a command loads", () => {
  /** The bare specifiers the command imports, seen by a module-resolve hook. */
  function packagesImported(args: string[]): { packages: Set<string>; status: number | null; stderr: string } {
    const hook = join(tmp, "log-packages.mjs");
    writeFileSync(hook, 'export async function resolve(s, c, next) { if (/^[a-z@]/.test(s) && !s.startsWith("node:") && !s.startsWith("file:")) process.stderr.write(`package: ${s}\\n`); return next(s, c); }\n');
    const register = join(tmp, "register.mjs");
    writeFileSync(register, `import { register } from "node:module"; register(${JSON.stringify("file://" + hook)});\n`);
    const r = spawnSync(process.execPath, ["--import", register, bin, ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    const packages = new Set([...r.stderr.matchAll(/^package: (.+)$/gm)].map((m) => m[1]!.split("/")[0]!));
    return { packages, status: r.status, stderr: r.stderr };
  }

  // zod (~75 ms to import) and jsonc-parser only say what is wrong with a bad file.
  it("loads a good workspace without zod or jsonc-parser", () => {
    const r = packagesImported(["eval", "runs.length"]);
    expect(r.status).toBe(0);
    expect(r.packages.has("chevrotain")).toBe(true);
    expect(r.packages.has("zod")).toBe(false);
    expect(r.packages.has("jsonc-parser")).toBe(false);
  });

  it("imports them for a bad one, to say where it is wrong", () => {
    const file = join(tmp, "missing-state.json");
    const bad = structuredClone(sampleFile) as { runs: Record<string, unknown>[] };
    delete bad.runs[1]!["state"];
    writeFileSync(file, JSON.stringify(bad, null, 2));
    const r = packagesImported(["eval", "runs.length", "--workspace", file]);
    expect(r.status).toBe(3);
    expect(r.packages.has("zod")).toBe(true);
    expect(r.stderr).toContain("runs[1].state: missing required key");
  });
});

describe("weft eval --json", () => {
  it("prints {value, console} and exits 0", () => {
    const r = json(["eval", "runs.filter(r => runSummary(r).accuracy > 0.95).map(r => runName(r))"]);
    expect(r.status).toBe(0);
    expect(Object.keys(r.out)).toEqual(["value", "console"]);
    expect(Array.isArray(r.out.value)).toBe(true);
    expect(r.out.console).toEqual([]);
  });

  it("uses the sample workspace when --workspace is absent", () => {
    expect(json(["eval", "runs.length"]).out.value).toBe(sampleRuns);
  });

  it("turns undefined into null, Dates into ISO strings and NaN/Infinity into strings, at any depth", () => {
    const r = json(["eval", "[undefined, new Date(0), NaN, Infinity, -Infinity, { a: undefined, d: [new Date(86400000)] }, -0, 1.5]"]);
    expect(r.out.value).toEqual([null, "1970-01-01T00:00:00.000Z", "NaN", "Infinity", "-Infinity", { a: null, d: ["1970-01-02T00:00:00.000Z"] }, 0, 1.5]);
    expect(json(["eval", "undefined"]).out.value).toBeNull();
  });

  it("writes entities as their JSON forms", () => {
    const r = json(["eval", "[runUser(runs[0]), project]"]);
    expect(r.out.value[0]).toEqual({ username: expect.any(String), name: expect.any(String) });
    expect(r.out.value[1]).toEqual({ name: "vision", entity: "acme-ml" });
  });

  it("captures console lines with their levels and SPEC §4's formatting", () => {
    const r = json(["eval", 'console.log("a", 1, [1, "x"], { k: null }, new Date(0), undefined, NaN); console.warn("w"); console.error("e"); 7']);
    expect(r.out).toEqual({
      value: 7,
      console: [
        { level: "log", text: 'a 1 [1,"x"] {"k":null} 1970-01-01T00:00:00.000Z undefined null' },
        { level: "warn", text: "w" },
        { level: "error", text: "e" },
      ],
    });
  });

  it("fixes the clock with --now, and answers local-time methods in UTC whatever the host's zone", () => {
    const r = json(["eval", "const d = new Date(); [d.toISOString(), Date.now(), d.getHours(), d.toDateString()]", "--now", "2026-11-01T03:30:00Z"]);
    expect(r.out.value).toEqual(["2026-11-01T03:30:00.000Z", Date.parse("2026-11-01T03:30:00Z"), 3, "Sun Nov 01 2026"]);
  });
});

describe("errors as JSON, with non-zero exit statuses", () => {
  it("a syntax error: kind, message, line, column, and no console", () => {
    const r = json(["eval", "runs.map(r =>\n  runName(r)"]);
    expect(r.status).toBe(1);
    expect(r.out).toEqual({ error: { kind: "syntax", message: "expected `,` or `)` to close the call opened at 1:9, found the end of input", line: 2, column: 13 } });
  });

  it("an unknown name is refused before anything runs", () => {
    const r = json(["eval", 'console.log("ran"); runNme(runs[0])']);
    expect(r.status).toBe(1);
    expect(r.out).toEqual({ error: { kind: "type", message: "unknown name `runNme` (did you mean `runName`?)", line: 1, column: 21 } });
  });

  it("a runtime error carries what the program printed before it", () => {
    const r = json(["eval", 'console.log("before")\nrunName(runs.find(r => false))']);
    expect(r.status).toBe(1);
    expect(r.out.error.kind).toBe("runtime");
    expect(r.out.error.line).toBe(2);
    expect(r.out.error.message).toMatch(/^runName expects a Run as `run`, got undefined/);
    expect(r.out.error.console).toEqual([{ level: "log", text: "before" }]);
  });

  it("a limit error", () => {
    const r = json(["eval", "const f = n => f(n + 1); f(0)"]);
    expect(r.status).toBe(1);
    expect(r.out.error.kind).toBe("limit");
    expect(r.out.error.message).toMatch(/calls nested more than \d+ deep/);
  });

  it("limit flags lower the limits", () => {
    const r = json(["eval", "let n = 0; for (const x of runs) n++; n", "--max-steps", "10"]);
    expect(r.out.error.kind).toBe("limit");
    expect(r.out.error.message).toBe("the evaluation took more than 10 steps (raise limits.maxSteps or --max-steps)");
  });

  it("every run limit has its flag, and the flag's value is the limit", () => {
    const cases: [flag: string, value: string, src: string, message: string][] = [
      ["--max-call-depth", "3", "const f = (n: number): number => n === 0 ? 0 : f(n - 1); f(5)", "calls nested more than 3 deep"],
      ["--max-array-length", "3", "[1, 2, 3, 4]", "over the limit of 3 (raise limits.maxArrayLength or --max-array-length)"],
      ["--max-string-length", "3", `"abcd".toUpperCase()`, "over the limit of 3 (raise limits.maxStringLength or --max-string-length)"],
      ["--max-object-size", "1", "({ a: 1, b: 2 })", "over the limit of 1 (raise limits.maxObjectSize or --max-object-size)"],
      ["--max-allocation", "19", `"ab".repeat(5)`, "more than 19 bytes of strings, arrays and objects in all (raise limits.maxAllocation or --max-allocation)"],
    ];
    for (const [flag, value, src, message] of cases) {
      const r = json(["eval", src, flag, value]);
      expect(r.status, flag).toBe(1);
      expect(r.out.error.kind, flag).toBe("limit");
      expect(r.out.error.message, flag).toContain(message);
    }
  });

  it("a bad workspace file is a data error naming the path inside it, exit 3", () => {
    const file = join(tmp, "bad.json");
    const broken = structuredClone(sampleFile) as { runs: { createdAt: string }[] };
    broken.runs[1]!.createdAt = "yesterday";
    writeFileSync(file, JSON.stringify(broken, null, 2));
    const r = json(["eval", "1", "--workspace", file]);
    expect(r.status).toBe(3);
    expect(r.out.error.kind).toBe("data");
    expect(r.out.error.message).toContain("runs[1].createdAt:");
    expect(r.out.error.line).toBeGreaterThan(1);
  });

  it("a workspace that is not JSON is a data error with its position", () => {
    const file = join(tmp, "notjson.json");
    writeFileSync(file, '{\n  "runs": [,]\n}');
    const r = json(["eval", "1", "--workspace", file]);
    expect(r.status).toBe(3);
    expect(r.out.error).toMatchObject({ kind: "data", line: 2, column: 12 });
  });

  it("bad flags and missing files are usage errors, exit 2", () => {
    expect(json(["eval", "1", "--bogus"])).toMatchObject({ status: 2, out: { error: { kind: "usage", message: "unknown option '--bogus'" } } });
    expect(json(["eval", "1", "--now", "yesterday"])).toMatchObject({ status: 2, out: { error: { kind: "usage" } } });
    expect(json(["eval", "1", "--max-steps", "many"])).toMatchObject({ status: 2, out: { error: { kind: "usage", message: "--max-steps takes a whole number, got `many`" } } });
    expect(json(["run", join(tmp, "missing.ts")])).toMatchObject({ status: 2, out: { error: { kind: "usage" } } });
    expect(json(["eval", "1", "--workspace", join(tmp, "missing.json")])).toMatchObject({ status: 2, out: { error: { kind: "usage" } } });
    expect(json(["frobnicate"])).toMatchObject({ status: 2, out: { error: { kind: "usage" } } });
  });
});

describe("weft run and weft check", () => {
  it("runs a file, and standard input with -", () => {
    const file = join(tmp, "prog.ts");
    writeFileSync(file, "const n = runs.length\nn * 2\n");
    expect(json(["run", file]).out.value).toBe(sampleRuns * 2);
    expect(json(["run", "-"], "runs.length + 1").out.value).toBe(sampleRuns + 1);
  });

  it("checks a file without running it", () => {
    const ok = join(tmp, "ok.ts");
    writeFileSync(ok, 'console.log("never printed"); runs.length');
    const r = weft(["check", ok]);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain("never printed");
    const bad = join(tmp, "bad.ts");
    writeFileSync(bad, "runs.map(r => r +)");
    const j = json(["check", bad]);
    expect(j.status).toBe(1);
    expect(j.out).toEqual({ diagnostics: [{ severity: "error", kind: "syntax", message: "expected an expression, found `)`", line: 1, column: 18, endLine: 1, endColumn: 19 }] });
  });
});

describe("human output", () => {
  it("prints the value, and console lines before it", () => {
    const r = weft(["eval", 'console.log("hello"); "text"']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("hello\ntext\n");
  });

  it("prints arrays of records as a table", () => {
    const r = weft(["eval", "[{ name: 'a', n: 1 }, { name: 'bb', n: 22 }]"]);
    expect(r.stdout.split("\n").slice(0, 4)).toEqual(["name  n", "────  ──", "a     1", "bb    22"]);
  });

  it("shows runs as a table of their names, users, jobs and states, not their whole records", () => {
    const r = weft(["eval", "runs.slice(0, 2)"]);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]!.split(/\s+/)).toEqual(["id", "name", "user", "jobType", "state", "createdAt"]);
    expect(lines).toHaveLength(4);
    expect(lines[2]).toContain("daring-cherry-60");
    expect(json(["eval", "runs[0]"]).out.value).toHaveProperty("config");
  });

  it("prints the checker's warnings on standard error, and still runs", () => {
    const r = weft(["eval", "runs.map(r => runConfig(r).learnig_rate).length"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("60\n");
    expect(r.stderr).toContain("warning: no run's config has the key `learnig_rate` (did you mean `learning_rate`?)");
  });

  it("shows an error with its place and a caret, and never a stack trace", () => {
    const r = weft(["eval", "runs.map(r => runNme(r))"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe("type error: unknown name `runNme` (did you mean `runName`?)\n  at 1:15\n1 | runs.map(r => runNme(r))\n  |               ^^^^^^\n");
  });

  it("prints help for a bad command line", () => {
    const r = weft([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Usage: weft");
  });
});
