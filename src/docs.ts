/** The op and builtin reference as Markdown, made from the stdlib registry so the docs cannot drift from the code. */
import { ops, methods, fields, globals, namespaceMembers, functionStatics, type OpEntry, type MethodEntry, type StaticEntry } from "../stdlib/index.js";

function opSection(op: OpEntry): string {
  const signature = `${op.name}(${op.params.map((p) => p.name).join(", ")}): ${op.returns}`;
  const lines = [`### ${op.name}`, "", "```ts", signature, "```", "", op.summary, "", op.description, "", "| Name | Type | Description |", "|---|---|---|"];
  for (const p of op.params) lines.push(`| ${p.name} | \`${p.type}\` | ${p.description} |`);
  for (const ex of op.examples) lines.push("", `**Example: ${ex.title}**`, "", "```ts", ex.source, "```");
  if (op.seeAlso.length > 0) lines.push("", `See also: ${op.seeAlso.map((s) => `[${s}](#${s.toLowerCase()})`).join(", ")}`);
  return lines.join("\n");
}

function memberTable(entries: Iterable<MethodEntry | StaticEntry>, prefix: string): string {
  const rows = ["| Member | Type | Description |", "|---|---|---|"];
  for (const e of entries) rows.push(`| \`${prefix}${e.name}\` | \`${("signature" in e ? e.signature : e.type).replace(/\|/g, "\\|")}\` | ${e.description.replace(/\|/g, "\\|")} |`);
  return rows.join("\n");
}

export function opsMarkdown(): string {
  const parts = [
    "# Op and builtin reference",
    "",
    "Generated from the registry in `stdlib/` by `npm run docs`; a test fails when this file is stale.",
    "",
    "## Run Operations",
    "",
    ...ops.filter((o) => o.category === "Run Operations").map(opSection).flatMap((s) => [s, ""]),
    "## Artifact Operations",
    "",
    ...ops.filter((o) => o.category === "Artifact Operations").map(opSection).flatMap((s) => [s, ""]),
    "## Entity fields",
    "",
  ];
  for (const [type, table] of Object.entries(fields)) {
    parts.push(`### ${type}`, "", "| Field | Type | Description |", "|---|---|---|");
    for (const f of table.values()) parts.push(`| \`${f.name}\` | \`${f.type}\` | ${f.description} |`);
    if (type === "Project") for (const m of methods.Project.values()) parts.push(`| \`${m.name}()\` | \`${m.signature}\` | ${m.description} |`);
    parts.push("");
  }
  parts.push("## Methods of builtin types", "");
  for (const [type, table] of Object.entries(methods)) {
    if (type === "Project") continue;
    parts.push(`### ${type}`, "", memberTable(table.values(), "."), "");
  }
  parts.push("## Globals", "", "| Name | Type | Description |", "|---|---|---|");
  for (const g of globals.values()) parts.push(`| \`${g.name}\` | \`${g.type}\` | ${g.description} |`);
  parts.push("");
  for (const [ns, members] of namespaceMembers) parts.push(`### ${ns.name}`, "", memberTable(members.values(), `${ns.name}.`), "");
  for (const [fn, statics] of functionStatics) {
    if (statics.size === 0) continue;
    const name = (fn as { name: string }).name;
    parts.push(`### ${name}`, "", memberTable(statics.values(), `${name}.`), "");
  }
  return parts.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}
