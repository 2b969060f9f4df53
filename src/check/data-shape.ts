/**
 * What a workspace's dictionaries hold: the keys of its runs' configs, summaries and history rows,
 * and the JSON types seen under each. The checker uses it to warn about a key no run has.
 */
import type { Workspace } from "../workspace/entities.js";
import type { DictName } from "./types.js";

export type JsonKind = "number" | "string" | "boolean" | "null" | "array" | "object";

export interface DataShape {
  /** Each key of that kind of dictionary, with the JSON kinds of its values. */
  keys(dict: DictName): ReadonlyMap<string, ReadonlySet<JsonKind>>;
}

function kindOf(v: unknown): JsonKind {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v as JsonKind;
}

export function dataShape(workspace: Workspace): DataShape {
  const tables: Record<DictName, Map<string, Set<JsonKind>>> = { ConfigDict: new Map(), SummaryDict: new Map(), HistoryRow: new Map() };
  const add = (table: Map<string, Set<JsonKind>>, d: object) => {
    for (const [k, v] of Object.entries(d)) {
      let kinds = table.get(k);
      if (!kinds) table.set(k, (kinds = new Set()));
      kinds.add(kindOf(v));
    }
  };
  for (const run of workspace.runs) {
    add(tables.ConfigDict, run.config);
    add(tables.SummaryDict, run.summary);
    for (const row of run.history) add(tables.HistoryRow, row);
  }
  return { keys: (dict) => tables[dict] };
}
