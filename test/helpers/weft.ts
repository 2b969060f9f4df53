/** Running programs through Weft in tests, over the sample workspace unless told otherwise. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compile, loadWorkspace, WeftError, type RunResult, type Workspace } from "../../src/index.js";
import type { RunOptions } from "../../src/api.js";

export const SAMPLE_PATH = fileURLToPath(new URL("../../examples/workspace.json", import.meta.url));
/** The end of the sample's timeline (SAMPLE_NOW in examples/generate-workspace.mjs): the clock tests run at. */
export const SAMPLE_NOW = "2026-11-23T18:00:00.000Z";

export const sampleFile: unknown = JSON.parse(readFileSync(SAMPLE_PATH, "utf8"));
export const sample: Workspace = loadWorkspace(sampleFile);

export function weft(source: string, workspace: Workspace = sample, options: RunOptions = {}): RunResult {
  return compile(source).run(workspace, { now: SAMPLE_NOW, ...options });
}

/** The error a program fails with; fails the test if it succeeds or throws anything but a WeftError. */
export function weftError(source: string, workspace: Workspace = sample, options: RunOptions = {}): WeftError {
  try {
    weft(source, workspace, options);
  } catch (e) {
    if (e instanceof WeftError) return e;
    throw new Error(`expected a WeftError, got ${String(e)}`);
  }
  throw new Error(`expected an error from: ${source}`);
}
