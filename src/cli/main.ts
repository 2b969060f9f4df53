/**
 * `weft`: evaluate, run and check programs over a workspace file (SPEC §4).
 *
 * Exit status: 0 on success; 1 when the program fails (syntax, type, runtime or limit error);
 * 2 for a bad command line; 3 for a bad workspace file.
 */
import { Command, CommanderError, Option } from "commander";
import { compile, check as checkSource } from "../api.js";
import { diagnosticJson, type Diagnostic } from "../check/diagnostics.js";
import { WeftError } from "../errors.js";
import { toJsonValue } from "../output.js";
import type { RunLimits } from "../limits.js";
import { readText, readWorkspace } from "./files.js";
import { errorJson, formatConsole, formatDiagnostic, formatError, formatValue } from "./format.js";
import { startRepl } from "./repl.js";

interface CommonOptions {
  workspace?: string;
  now?: string;
  json?: boolean;
  maxSteps?: number;
  maxCallDepth?: number;
  maxArrayLength?: number;
  maxStringLength?: number;
  maxObjectSize?: number;
  maxAllocation?: number;
  timeout?: number;
}

const EXIT = { ok: 0, program: 1, usage: 2, data: 3 } as const;

function exitCode(error: WeftError): number {
  return error.kind === "usage" ? EXIT.usage : error.kind === "data" ? EXIT.data : EXIT.program;
}

function wholeNumber(flag: string) {
  return (text: string): number => {
    const n = Number(text);
    if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n)) throw new WeftError("usage", `${flag} takes a whole number, got \`${text}\``);
    return n;
  };
}

function withCommonOptions(cmd: Command, { json = true }: { json?: boolean } = {}): Command {
  cmd
    .option("-w, --workspace <file.json>", "the workspace file (default: the sample in examples/)")
    .option("--now <ISO time>", "the clock that `new Date()` and `Date.now()` read (default: now)");
  if (json) cmd.option("--json", "print exactly one JSON object on standard output (SPEC §4)");
  const limit = (flag: string, what: string) => new Option(`${flag} <n>`, what).argParser(wholeNumber(flag));
  return cmd
    .addOption(limit("--max-steps", "stop after this many evaluation steps"))
    .addOption(limit("--max-call-depth", "stop when calls nest this deep"))
    .addOption(limit("--max-array-length", "the longest array a program may make"))
    .addOption(limit("--max-string-length", "the longest string a program may make"))
    .addOption(limit("--max-object-size", "the most keys an object may have"))
    .addOption(limit("--max-allocation", "the most bytes of strings, arrays and objects a program may make in all"))
    .addOption(limit("--timeout", "stop after this many milliseconds"));
}

function limitsFrom(o: CommonOptions): Partial<RunLimits> {
  const limits: Partial<RunLimits> = {};
  if (o.maxSteps !== undefined) limits.maxSteps = o.maxSteps;
  if (o.maxCallDepth !== undefined) limits.maxCallDepth = o.maxCallDepth;
  if (o.maxArrayLength !== undefined) limits.maxArrayLength = o.maxArrayLength;
  if (o.maxStringLength !== undefined) limits.maxStringLength = o.maxStringLength;
  if (o.maxObjectSize !== undefined) limits.maxObjectSize = o.maxObjectSize;
  if (o.maxAllocation !== undefined) limits.maxAllocation = o.maxAllocation;
  if (o.timeout !== undefined) limits.timeoutMs = o.timeout;
  return limits;
}

function parseNow(now: string | undefined): number | undefined {
  if (now === undefined) return undefined;
  const t = Date.parse(now);
  if (Number.isNaN(t)) throw new WeftError("usage", `--now takes an ISO time such as 2026-11-01T12:00:00Z, got \`${now}\``);
  return t;
}

const out = (text: string) => process.stdout.write(text + "\n");
const err = (text: string) => process.stderr.write(text + "\n");

/** Evaluates a program's source and reports as SPEC §4 says; returns the exit status. */
async function evaluate(source: string, o: CommonOptions): Promise<number> {
  try {
    const now = parseNow(o.now);
    const workspace = await readWorkspace(o.workspace);
    const program = compile(source, { workspace });
    if (!o.json) for (const w of program.warnings) err(formatDiagnostic(w, source));
    const result = program.run(workspace, { now, limits: limitsFrom(o) });
    if (o.json) {
      out(JSON.stringify({ value: toJsonValue(result.value), console: result.console }));
    } else {
      for (const line of result.console) (line.level === "log" ? out : err)(formatConsole(line));
      out(formatValue(result.value));
    }
    return EXIT.ok;
  } catch (e) {
    return report(e, o.json === true, source);
  }
}

function report(e: unknown, json: boolean, source?: string): number {
  const error = e instanceof WeftError ? e : new WeftError("runtime", `internal error: ${e instanceof Error ? e.message : String(e)}`);
  if (json) out(JSON.stringify(errorJson(error)));
  else {
    for (const line of error.console ?? []) (line.level === "log" ? out : err)(formatConsole(line));
    const programSource = error.kind === "data" || error.kind === "usage" ? undefined : source;
    err(formatError(error, programSource));
  }
  return exitCode(error);
}

/** `weft check`: every diagnostic of a program, without running it; exit 1 if any is an error. */
async function check(source: string, o: { json?: boolean; workspace?: string }): Promise<number> {
  let diagnostics: Diagnostic[];
  try {
    diagnostics = checkSource(source, { workspace: o.workspace === undefined ? undefined : await readWorkspace(o.workspace) });
  } catch (e) {
    return report(e, o.json === true, source);
  }
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  if (o.json) out(JSON.stringify({ diagnostics: diagnostics.map(diagnosticJson) }));
  else {
    for (const d of diagnostics) err(formatDiagnostic(d, source));
    const warnings = diagnostics.length - errors;
    out(diagnostics.length === 0 ? "no problems" : `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`);
  }
  return errors > 0 ? EXIT.program : EXIT.ok;
}

export function buildCli(setExit: (code: number) => void): Command {
  const cli = new Command()
    .name("weft")
    .description("Weft: typed query expressions over ML experiment data (runs and artifacts)")
    .version("0.1.0")
    .showSuggestionAfterError(true)
    .exitOverride();

  withCommonOptions(cli.command("eval").description("evaluate an expression or program given on the command line").argument("<expression>", "the program's source"))
    .action(async (expression: string, o: CommonOptions) => setExit(await evaluate(expression, o)));

  withCommonOptions(cli.command("run").description("evaluate a program file (`-` reads standard input)").argument("<file>", "the program file, or - for standard input"))
    .action(async (file: string, o: CommonOptions) => {
      let source: string;
      try {
        source = readText(file, "the program");
      } catch (e) {
        return setExit(report(e, o.json === true));
      }
      setExit(await evaluate(source, o));
    });

  cli
    .command("check")
    .description("check a program file without running it")
    .argument("<file>", "the program file, or - for standard input")
    .option("--json", "print the diagnostics as one JSON object")
    .option("-w, --workspace <file.json>", "also warn about config and summary keys that no run of this workspace has")
    .action(async (file: string, o: { json?: boolean; workspace?: string }) => {
      let source: string;
      try {
        source = readText(file, "the program");
      } catch (e) {
        return setExit(report(e, o.json === true));
      }
      setExit(await check(source, o));
    });

  withCommonOptions(cli.command("repl").description("start an interactive session over a workspace"), { json: false }).action(async (o: CommonOptions) => {
    try {
      const workspace = await readWorkspace(o.workspace);
      await startRepl(workspace, { now: parseNow(o.now), limits: limitsFrom(o) });
    } catch (e) {
      setExit(report(e, false));
    }
  });

  return cli;
}

export async function main(argv: string[]): Promise<number> {
  let code = EXIT.ok as number;
  const json = argv.includes("--json");
  const cli = buildCli((c) => (code = c));
  if (json) cli.configureOutput({ writeErr: () => {}, writeOut: (s) => process.stdout.write(s) });
  for (const c of cli.commands) if (json) c.configureOutput({ writeErr: () => {}, writeOut: (s) => process.stdout.write(s) });
  try {
    await cli.parseAsync(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.exitCode === 0) return EXIT.ok;
      if (json) out(JSON.stringify(errorJson(new WeftError("usage", e.message.replace(/^error: /, "")))));
      return EXIT.usage;
    }
    return report(e, json);
  }
  return code;
}
