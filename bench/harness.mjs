// Timing, statistics, result checking and table printing for bench/run.mjs.
// Plain Node 20 ESM, no dependencies.

import { isDeepStrictEqual } from "node:util";

const now = () => performance.now();

/** Results of timed calls go here, so that V8 cannot drop a call whose value is unused. */
export let sink;

let heapAfterGc = 0;

/**
 * Runs a full GC, if the process was started with --expose-gc (`npm run bench` does), so that one
 * measurement is not charged for the garbage of the one before. With a 100k workspace in memory
 * a full GC takes most of a second, so it is skipped when the heap has grown by less than 64 MB
 * since the last one (`force` runs it anyway).
 */
export function collect(force = false) {
  if (typeof globalThis.gc !== "function") return;
  if (!force && process.memoryUsage().heapUsed - heapAfterGc < 64 * 1024 * 1024) return;
  globalThis.gc();
  heapAfterGc = process.memoryUsage().heapUsed;
}

export function median(xs) {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function quantile(xs, q) {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const i = Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))));
  return s[i];
}

/**
 * Times `fn` (sync, or async when `isAsync`) bounded by time, not by count:
 *  - warm-up: calls until `warmupMs` have passed (at least `minWarmup` calls);
 *  - batch: calls per sample, so that one sample lasts at least `minSampleMs` (fast functions
 *    are timed in batches, since one call can be shorter than the timer's resolution);
 *  - samples: until `budgetMs` have passed and at least `minSamples` were taken, or `maxSamples`;
 *    a slow function stops at `maxMs` with fewer than `minSamples`, but never below 3 (2 when
 *    one call takes over `slowCallMs`).
 * `priorCallMs`: the duration of a call just made (the result check); when it is at least
 * `warmupMs`, that call was the warm-up; when it is over `verySlowMs`, it also counts as the
 * first sample and one more call is timed (a call that long is dominated by its work, not by
 * warm-up, and this keeps the whole run within its time budget).
 * Reports per-call times in milliseconds: the median of the samples (the figure every table
 * uses), min, p25 and p75.
 */
export async function measure(fn, opts = {}) {
  const {
    isAsync = false,
    warmupMs = 150,
    minWarmup = 1,
    budgetMs = 500,
    minSamples = 5,
    maxSamples = 400,
    minSampleMs = 2,
    maxMs = Infinity,
    slowCallMs = 2000,
    verySlowMs = 4000,
    priorCallMs = 0,
  } = opts;
  collect();
  // Warm-up, which also estimates one call's duration.
  let calls = 0;
  let last = priorCallMs;
  const w0 = now();
  while (priorCallMs < warmupMs && (calls < minWarmup || now() - w0 < warmupMs)) {
    const s = now();
    sink = isAsync ? await fn() : fn();
    last = now() - s;
    calls++;
    if (calls >= 10_000) break;
  }
  const batch = Math.max(1, Math.ceil(minSampleMs / Math.max(last, 1e-5)));
  const samples = priorCallMs > verySlowMs ? [priorCallMs] : [];
  const t0 = now();
  const more = () => {
    const elapsed = now() - t0;
    if (samples.length < (last > slowCallMs ? 2 : 3)) return true;
    if (samples.length >= maxSamples) return false;
    return elapsed < budgetMs || (samples.length < minSamples && elapsed < maxMs);
  };
  while (more()) {
    const s = now();
    if (isAsync) for (let i = 0; i < batch; i++) sink = await fn();
    else for (let i = 0; i < batch; i++) sink = fn();
    samples.push((now() - s) / batch);
  }
  return {
    medianMs: median(samples),
    minMs: Math.min(...samples),
    p25Ms: quantile(samples, 0.25),
    p75Ms: quantile(samples, 0.75),
    samples: samples.length,
    batch,
    warmupCalls: calls,
    checkCallIsSample: priorCallMs > verySlowMs,
  };
}

// ---------------------------------------------------------------------------------------------
// Result checking

/** Deep equality where numbers agree to a relative 1e-9 (sums in another order differ in the last bits). */
export function sameResult(a, b) {
  if (typeof a === "number" && typeof b === "number") {
    if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
    return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
  }
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameResult(x, b[i]));
  if (a && b && typeof a === "object" && typeof b === "object") {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return isDeepStrictEqual(ka, kb) && ka.every((k) => sameResult(a[k], b[k]));
  }
  return Object.is(a, b);
}

/** A short text of a value, for a failed check's message. */
export function preview(v) {
  let text;
  try {
    text = JSON.stringify(v);
  } catch {
    text = String(v);
  }
  if (text === undefined) text = String(v);
  return text.length > 160 ? text.slice(0, 157) + "..." : text;
}

// ---------------------------------------------------------------------------------------------
// Formatting

export function fmtTime(ms) {
  if (ms === undefined || ms === null || Number.isNaN(ms)) return "n/a";
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 1) return `${ms.toFixed(ms >= 100 ? 0 : ms >= 10 ? 1 : 2)} ms`;
  const us = ms * 1000;
  if (us >= 1) return `${us.toFixed(us >= 100 ? 0 : us >= 10 ? 1 : 2)} µs`;
  return `${(us * 1000).toFixed(0)} ns`;
}

export function fmtRatio(r) {
  if (r === undefined || r === null || !Number.isFinite(r)) return "";
  return `${r >= 100 ? r.toFixed(0) : r >= 10 ? r.toFixed(1) : r.toFixed(2)}×`;
}

export function fmtRate(perSecond) {
  if (!Number.isFinite(perSecond)) return "n/a";
  if (perSecond >= 1e9) return `${(perSecond / 1e9).toFixed(2)} G/s`;
  if (perSecond >= 1e6) return `${(perSecond / 1e6).toFixed(2)} M/s`;
  if (perSecond >= 1e3) return `${(perSecond / 1e3).toFixed(1)} k/s`;
  return `${perSecond.toFixed(0)} /s`;
}

export function fmtBytes(b) {
  if (!Number.isFinite(b)) return "n/a";
  const mb = b / (1024 * 1024);
  return `${mb.toFixed(mb >= 100 ? 0 : 1)} MiB`;
}

/** A plain-text table: `columns` is [{ title, align: "l" | "r" }], `rows` arrays of strings, or null for a rule. */
export function table(columns, rows) {
  const widths = columns.map((c, i) => Math.max(c.title.length, ...rows.filter(Boolean).map((r) => String(r[i] ?? "").length)));
  const pad = (text, i) => {
    const t = String(text ?? "");
    return columns[i].align === "r" ? t.padStart(widths[i]) : t.padEnd(widths[i]);
  };
  const rule = widths.map((w) => "-".repeat(w)).join("-+-");
  const lines = [columns.map((c, i) => pad(c.title, i)).join(" | "), rule];
  for (const r of rows) lines.push(r ? r.map((x, i) => pad(x, i)).join(" | ").trimEnd() : rule);
  return lines.join("\n");
}

/** A Markdown table with the same inputs as `table` (for bench/README.md). */
export function markdownTable(columns, rows) {
  const esc = (t) => String(t ?? "").replace(/\|/g, "\\|");
  const lines = [
    `| ${columns.map((c) => esc(c.title)).join(" | ")} |`,
    `| ${columns.map((c) => (c.align === "r" ? "---:" : "---")).join(" | ")} |`,
  ];
  for (const r of rows) if (r) lines.push(`| ${r.map(esc).join(" | ")} |`);
  return lines.join("\n");
}
