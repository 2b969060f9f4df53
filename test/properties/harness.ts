/**
 * How the properties of test/properties/ run: a property is a named, seeded fast-check property
 * whose predicate throws on a failure. `runProperty` runs it in `npm test` (a bounded, seeded
 * `fc.assert`: a failure prints the seed, the path and the shrunk counterexample) and, under
 * `npm run fuzz` (the environment variable WEFT_FUZZ set to a budget scale), with a long budget
 * and fresh seeds, writing each distinct failure it finds into test/properties/regressions/ as a
 * JSON file that test/properties/regressions.test.ts replays in every `npm test`.
 */
import fc from "fast-check";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync, appendFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface Property<Ts extends unknown[]> {
  /** A file-name-safe name: `v8-differential`. Regression files refer to the property by it. */
  readonly name: string;
  readonly arbitraries: { [K in keyof Ts]: fc.Arbitrary<Ts[K]> };
  /** Throws (an assertion error, or any Error) when the property does not hold for these values. */
  readonly predicate: (...values: Ts) => void;
  /** Runs in `npm test`. */
  readonly numRuns: number;
  /** Runs in the full fuzzing budget (`npm run fuzz`, scale 1). */
  readonly fuzzRuns: number;
  /** The seed of the `npm test` run. */
  readonly seed: number;
}

/** A property of any arguments, as the registry holds them. */
export type AnyProperty = Property<unknown[]>;

export function defineProperty<Ts extends unknown[]>(p: Property<Ts>): Property<Ts> {
  return p;
}

export const REGRESSIONS_DIR = fileURLToPath(new URL("./regressions/", import.meta.url));
const REPORTS_DIR = fileURLToPath(new URL("../../reports/", import.meta.url));

/** A failure found by the fuzzer, as its file in regressions/ holds it. */
export interface Regression {
  property: string;
  /** The first line of the failure's message: what makes two failures the same one. */
  signature: string;
  /** The whole message (with fast-check's report: seed, path, shrunk counterexample). */
  message: string;
  found: string;
  seed: number;
  path: string | undefined;
  /** The shrunk counterexample: the predicate's arguments. */
  counterexample: unknown[];
  /** Set by hand once the failure is understood and left for later: the replay then runs as `it.fails`. */
  known?: string;
}

/** The budget scale under `npm run fuzz` (WEFT_FUZZ), or undefined in `npm test`. */
export function fuzzScale(): number | undefined {
  const raw = process.env["WEFT_FUZZ"];
  if (raw === undefined || raw === "") return undefined;
  const scale = Number(raw);
  if (!Number.isFinite(scale) || scale <= 0) throw new Error(`WEFT_FUZZ must be a positive number (a scale of the full budget), got ${JSON.stringify(raw)}`);
  return scale;
}

/** The first line of an error's message, without fast-check's wrapping. */
function signatureOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split("\n").find((line) => line.trim() !== "") ?? "").trim().slice(0, 300);
}

export function readRegressions(): { file: string; regression: Regression }[] {
  let files: string[] = [];
  try {
    files = readdirSync(REGRESSIONS_DIR).filter((f) => f.endsWith(".json")).sort();
  } catch {
    return [];
  }
  return files.map((file) => ({ file, regression: JSON.parse(readFileSync(REGRESSIONS_DIR + file, "utf8")) as Regression }));
}

/** Runs a property: the bounded, seeded `fc.assert` of `npm test`, or the long fuzzing run. */
export function runProperty<Ts extends unknown[]>(p: Property<Ts>): void {
  const scale = fuzzScale();
  if (scale === undefined) {
    fc.assert(fc.property(...(p.arbitraries as unknown as [fc.Arbitrary<unknown>]), p.predicate as (...a: unknown[]) => void), { seed: p.seed, numRuns: p.numRuns });
    return;
  }
  const found = fuzz(p, scale);
  if (found.length > 0) throw new Error(`the fuzzer found ${found.length} new failure(s) of ${p.name}, written to:\n${found.join("\n")}`);
}

/** Most new failures one property may write in one fuzzing run (the rest are likely the same bugs). */
const MAX_NEW_FAILURES = 5;
const CHUNK = 2_000;

function fuzz<Ts extends unknown[]>(p: Property<Ts>, scale: number): string[] {
  const total = Math.max(1, Math.round(p.fuzzRuns * scale));
  const known = new Set(readRegressions().filter((r) => r.regression.property === p.name).map((r) => r.regression.signature));
  const written: string[] = [];
  const property = fc.property(...(p.arbitraries as unknown as [fc.Arbitrary<unknown>]), p.predicate as (...a: unknown[]) => void);
  const started = Date.now();
  let done = 0;
  let failures = 0;
  // A fresh base seed per run, printed, so that a run can be repeated.
  const base = (Date.now() ^ parseInt(createHash("sha1").update(p.name).digest("hex").slice(0, 7), 16)) >>> 0;
  while (done < total && written.length < MAX_NEW_FAILURES) {
    const numRuns = Math.min(CHUNK, total - done);
    const seed = (base + done) >>> 0;
    const details = fc.check(property, { seed, numRuns });
    done += details.failed ? details.numRuns : numRuns;
    if (!details.failed) continue;
    failures++;
    const signature = signatureOf(details.errorInstance);
    if (known.has(signature)) continue;
    known.add(signature);
    written.push(record(p.name, signature, details, seed));
  }
  const seconds = (Date.now() - started) / 1000;
  const summary = { property: p.name, scale, runs: done, budget: total, fullBudget: p.fuzzRuns, seconds, perSecond: done / Math.max(seconds, 1e-3), failures, newFailures: written.length, base, when: new Date().toISOString() };
  console.log(
    `fuzz ${p.name}: ${done} runs in ${seconds.toFixed(1)} s (${summary.perSecond.toFixed(0)}/s; base seed ${base}), ${failures} failing chunk(s), ${written.length} new; ` +
      `the full budget (${p.fuzzRuns} runs) would take ~${formatDuration(p.fuzzRuns / Math.max(summary.perSecond, 1e-9))}`,
  );
  mkdirSync(REPORTS_DIR, { recursive: true });
  appendFileSync(REPORTS_DIR + "fuzz.jsonl", JSON.stringify(summary) + "\n");
  return written;
}

function record<Ts>(property: string, signature: string, details: fc.RunDetails<Ts>, seed: number): string {
  const counterexample = details.counterexample as unknown as unknown[];
  const regression: Regression = {
    property,
    signature,
    message: String(details.errorInstance instanceof Error ? details.errorInstance.message : details.errorInstance).slice(0, 4000),
    found: new Date().toISOString(),
    seed,
    path: details.counterexamplePath ?? undefined,
    counterexample,
  };
  const text = JSON.stringify(regression, null, 2) + "\n";
  const hash = createHash("sha1").update(JSON.stringify(counterexample)).digest("hex").slice(0, 10);
  mkdirSync(REGRESSIONS_DIR, { recursive: true });
  const file = `${REGRESSIONS_DIR}${property}-${hash}.json`;
  writeFileSync(file, text);
  return file;
}

export function formatDuration(seconds: number): string {
  if (seconds < 120) return `${seconds.toFixed(0)} s`;
  if (seconds < 7200) return `${(seconds / 60).toFixed(0)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}
