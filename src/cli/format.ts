/** How the CLI shows values, console lines and errors to a person. */
import pc from "picocolors";
import type { ConsoleEntry, WeftError } from "../errors.js";
import { renderError } from "../diagnostics.js";
import { SourceText, renderCaret } from "../source.js";
import type { Diagnostic } from "../check/diagnostics.js";
import { toJsonValue, type JsonOut } from "../output.js";
import type { Value } from "../runtime/values.js";
import { Run, Artifact, ArtifactVersion, isDictionary } from "../workspace/entities.js";

/**
 * How a person sees an entity: a run by its name, user, job and state rather than its whole record
 * (its history can be thousands of rows); `--json` keeps the full form.
 */
function forPeople(v: Value, depth = 0): Value {
  if (depth > 50) return v;
  if (v instanceof Run) return { id: v.id, name: v.name ?? v.id, user: v.user.username, jobType: v.jobType, state: v.state, createdAt: v.createdAt };
  if (v instanceof ArtifactVersion) return { artifact: v.name, version: v.version, aliases: v.aliases.join(", "), size: v.size, createdAt: v.createdAt };
  if (v instanceof Artifact) return { name: v.name, type: v.type, versions: v.versions.length };
  if (Array.isArray(v)) return v.map((x) => forPeople(x, depth + 1));
  if (isDictionary(v)) {
    const out: Record<string, Value> = {};
    for (const key of Object.keys(v)) out[key] = forPeople((v as Record<string, Value>)[key], depth + 1);
    return out;
  }
  return v;
}

/** A value for a terminal: a string as it is, records as a table, anything else as indented JSON (with SPEC §4's conversions). */
export function formatValue(v: Value): string {
  if (typeof v === "string") return v;
  if (v === undefined) return pc.dim("undefined");
  const json = toJsonValue(forPeople(v));
  const table = asTable(json);
  return table ?? JSON.stringify(json, null, 2);
}

/** An array of flat records reads best as a table. */
function asTable(json: JsonOut): string | undefined {
  if (!Array.isArray(json) || json.length === 0 || json.length > 500) return undefined;
  const rows = json as JsonOut[];
  if (!rows.every((r) => r !== null && typeof r === "object" && !Array.isArray(r))) return undefined;
  const records = rows as Record<string, JsonOut>[];
  const columns = [...new Set(records.flatMap((r) => Object.keys(r)))];
  if (columns.length === 0 || columns.length > 10) return undefined;
  if (!records.every((r) => Object.values(r).every((x) => x === null || typeof x !== "object"))) return undefined;
  const cell = (x: JsonOut | undefined) => (x === undefined || x === null ? "" : String(x));
  const widths = columns.map((c) => Math.max(c.length, ...records.map((r) => cell(r[c]).length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd();
  return [pc.bold(line(columns)), line(widths.map((w) => "─".repeat(w))), ...records.map((r) => line(columns.map((c) => cell(r[c]))))].join("\n");
}

export function formatConsole(entry: ConsoleEntry): string {
  if (entry.level === "warn") return pc.yellow(entry.text);
  if (entry.level === "error") return pc.red(entry.text);
  return entry.text;
}

export function formatError(error: WeftError, source?: string): string {
  const text = renderError(error, source);
  const [head, ...rest] = text.split("\n");
  return [pc.red(pc.bold(head!)), ...rest.map((l) => (/^[\s|]*\^+$/.test(l) ? pc.red(l) : l))].join("\n");
}

/** A checker diagnostic with its place and a caret, as the compiler prints it. */
export function formatDiagnostic(d: Diagnostic, source: string): string {
  const head = `${d.severity === "error" ? `${d.kind} error` : "warning"}: ${d.message}`;
  const caret = renderCaret(new SourceText(source), d.span);
  const colour = d.severity === "error" ? pc.red : pc.yellow;
  return [colour(pc.bold(head)), `  at ${d.span.line}:${d.span.column}`, ...caret.split("\n").map((l, i) => (i === 1 ? colour(l) : l))].join("\n");
}

/** The `--json` form of an error (SPEC §4). */
export function errorJson(error: WeftError): object {
  const out: Record<string, unknown> = { kind: error.kind, message: error.message, line: error.line ?? null, column: error.column ?? null };
  if (error.console && error.console.length > 0) out.console = error.console;
  return { error: out };
}
