/** `weft repl`: an interactive session over a workspace, with completion, multi-line input and docs. */
import repl from "node:repl";
import pc from "picocolors";
import { Session, type SessionOptions } from "../session.js";
import { WeftError } from "../errors.js";
import type { Workspace } from "../workspace/entities.js";
import { ops, opsByName, globals, methods } from "../../stdlib/index.js";
import { formatConsole, formatDiagnostic, formatError, formatValue } from "./format.js";

const ROOTS = ["runs", "artifacts", "project"];

/** An error that only means the input is not finished yet: keep reading lines. */
function isIncomplete(e: unknown): boolean {
  return e instanceof WeftError && e.kind === "syntax" && /end of input|unterminated/.test(e.message);
}

export function opSignature(name: string): string | undefined {
  const op = opsByName.get(name);
  return op && `${op.name}(${op.params.map((p) => `${p.name}: ${p.type}`).join(", ")}): ${op.returns}`;
}

export function startRepl(workspace: Workspace, options: SessionOptions): Promise<void> {
  const session = new Session(workspace, options);
  const methodNames = [...new Set(Object.values(methods).flatMap((t) => [...t.keys()]))];
  process.stdout.write(
    `Weft — ${workspace.project.entity}/${workspace.project.name}: ${workspace.runs.length} runs, ${workspace.artifacts.length} artifacts.\n` +
      `Type an expression, ${pc.bold(".ops")} for the ops, ${pc.bold(".doc NAME")} for one op's documentation, ${pc.bold(".exit")} to leave.\n`,
  );
  const server = repl.start({
    prompt: "weft> ",
    ignoreUndefined: false,
    preview: false,
    eval(input, _context, _file, callback) {
      const source = input.trim();
      if (source === "") return callback(null, undefined);
      try {
        const result = session.evaluate(input);
        for (const w of result.warnings) process.stdout.write(formatDiagnostic(w, input.replace(/\n$/, "")) + "\n");
        for (const line of result.console) process.stdout.write(formatConsole(line) + "\n");
        callback(null, result.value);
      } catch (e) {
        if (isIncomplete(e)) return callback(new repl.Recoverable(e as Error), undefined);
        const error = e as WeftError;
        for (const line of error.console ?? []) process.stdout.write(formatConsole(line) + "\n");
        process.stdout.write(formatError(error, input.replace(/\n$/, "")) + "\n");
        callback(null, undefined);
      }
    },
    writer: (value: unknown) => (value === undefined ? pc.dim("undefined") : formatValue(value)),
    completer(line: string): [string[], string] {
      const word = /[A-Za-z_$][\w$]*$/.exec(line)?.[0] ?? "";
      const afterDot = line.slice(0, line.length - word.length).endsWith(".");
      const pool = afterDot ? methodNames : [...session.names(), ...ROOTS, ...ops.map((o) => o.name), ...globals.keys()];
      const hits = [...new Set(pool)].filter((n) => n.startsWith(word)).sort();
      return [hits, word];
    },
  });
  server.defineCommand("ops", {
    help: "List the ops with their signatures",
    action() {
      for (const op of ops) this.output.write(`${opSignature(op.name)}\n  ${pc.dim(op.summary)}\n`);
      this.displayPrompt();
    },
  });
  server.defineCommand("doc", {
    help: "Show an op's documentation: .doc runSummary",
    action(name: string) {
      const op = opsByName.get(name.trim());
      if (!op) this.output.write(`no op named \`${name.trim()}\`\n`);
      else {
        this.output.write(`${pc.bold(opSignature(op.name)!)}\n\n${op.summary}\n${op.description}\n`);
        for (const p of op.params) this.output.write(`  ${p.name}: ${p.type} — ${p.description}\n`);
        for (const ex of op.examples) this.output.write(`\n${pc.dim("// " + ex.title)}\n${ex.source}\n`);
      }
      this.displayPrompt();
    },
  });
  return new Promise((resolve) => server.on("exit", () => resolve()));
}
