/** Reading programs and workspace files from disk or standard input: the CLI's and REPL's Node-only half. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, resolve } from "node:path";
import type { ParseError } from "jsonc-parser";
import { WeftError } from "../errors.js";
import { loadValidWorkspace } from "../workspace/hydrate.js";
import type { Workspace } from "../workspace/entities.js";
import { SourceText } from "../source.js";

/** The sample workspace shipped in examples/, used when `--workspace` is absent. */
export const SAMPLE_WORKSPACE = resolve(dirname(fileURLToPath(import.meta.url)), "../../../examples/workspace.json");

export function readText(path: string, what: string): string {
  try {
    return path === "-" ? readFileSync(0, "utf8") : readFileSync(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a directory" : code === "EACCES" ? "permission denied" : (e as Error).message;
    throw new WeftError("usage", `cannot read ${what} ${path === "-" ? "from standard input" : `\`${path}\``}: ${why}`);
  }
}

/** A data error located in the file: its message names the file, and its line and column point into it. */
export interface WorkspaceError {
  error: WeftError;
  file: string;
}

/**
 * Reads, parses and loads a workspace file. Only a file that fails is parsed a second time, by
 * jsonc-parser, to find the line and column of its first problem: a good file costs one JSON.parse.
 * zod and jsonc-parser are imported only for a file that needs their messages (~85 ms of a start).
 */
export async function readWorkspace(path: string | undefined): Promise<Workspace> {
  const file = path ?? SAMPLE_WORKSPACE;
  const text = readText(file, "the workspace");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const { parseTree, printParseErrorCode } = await import("jsonc-parser");
    const errors: ParseError[] = [];
    parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
    const first = errors[0];
    const at = new SourceText(text).position(first?.offset ?? 0);
    throw new WeftError("data", `${file}: not valid JSON: ${first ? describeJsonError(printParseErrorCode(first.error)) : "empty file"} at ${at.line}:${at.column}`, at);
  }
  const valid = loadValidWorkspace(data);
  if (valid) return valid;
  const { loadWorkspace } = await import("../workspace/load.js");
  try {
    return loadWorkspace(data);
  } catch (e) {
    if (!(e instanceof WeftError) || e.kind !== "data") throw e;
    const { parseTree, findNodeAtLocation } = await import("jsonc-parser");
    const dataPath = parseDataPath(e.message);
    const tree = dataPath ? parseTree(text, [], { disallowComments: true }) : undefined;
    const node = tree && dataPath ? findNodeAtLocation(tree, dataPath) : undefined;
    const at = node ? new SourceText(text).position(node.offset) : undefined;
    throw new WeftError("data", `${file}${at ? `:${at.line}:${at.column}` : ""}: ${e.message}`, at);
  }
}

function describeJsonError(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

/** `runs[12].createdAt: …` → ["runs", 12, "createdAt"], the path of the first problem a data error names. */
export function parseDataPath(message: string): (string | number)[] | undefined {
  const m = /^((?:[A-Za-z_$][\w$]*|\[\d+\]|\["(?:[^"\\]|\\.)*"\]|\.)+):/.exec(message);
  if (!m) return undefined;
  const path: (string | number)[] = [];
  const re = /([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g;
  for (let part = re.exec(m[1]!); part; part = re.exec(m[1]!)) {
    if (part[1] !== undefined) path.push(part[1]);
    else if (part[2] !== undefined) path.push(Number(part[2]));
    else path.push(JSON.parse(part[3]!) as string);
  }
  return path[0] === "workspace" ? path.slice(1) : path;
}
