/**
 * "Did you mean …?" suggestions: the closest of a set of known names to a name that was not
 * found. Used for unknown keys and dangling references in workspace files, and for unknown
 * names and properties in programs.
 */

/**
 * Edit distance between two strings: insertions, deletions, substitutions and swaps of two
 * adjacent characters each cost 1 (the "optimal string alignment" form of Damerau–Levenshtein,
 * so the common typo `modle` is one edit from `model`). Works on UTF-16 code units.
 *
 * With `max`, stops early and returns `max + 1` once the distance is known to exceed `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0) return m;
  if (m === 0) return n;
  // Three rolling rows: the one before the previous (for swaps), the previous and the current.
  let before = new Array<number>(m + 1).fill(0);
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  let prevRowMin = 0;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, before[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    // A swap reaches back two rows, so only two rows in a row over the cap end the search.
    if (rowMin > max && prevRowMin > max) return max + 1;
    prevRowMin = rowMin;
    const spare = before;
    before = prev;
    prev = cur;
    cur = spare;
  }
  const d = prev[m]!;
  return d > max ? max + 1 : d;
}

/** The largest distance at which a candidate still counts as a suggestion for `name`. */
export function suggestionThreshold(name: string): number {
  return Math.max(1, Math.floor(name.length / 3));
}

/** Names shorter than this never get a suggestion by the prefix rule of {@link closest}. */
const MIN_PREFIX = 3;

/**
 * The candidate closest to `name`, or `undefined` where none is close enough.
 *
 * A candidate is close when its edit distance from `name`, ignoring case, is at most
 * `max(1, floor(name.length / 3))` (so a case-only difference counts as distance 0). The
 * smallest distance wins; among equals, the smaller case-sensitive distance, then the earlier
 * candidate. An exact match is returned as it is.
 *
 * Where no candidate is that close, a candidate that `name` (at least 3 characters) is a prefix
 * of, ignoring case, is suggested instead: the shortest such, then the earliest (`jane` →
 * `jane_doe`).
 */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  const lower = name.toLowerCase();
  const limit = suggestionThreshold(name);
  let best: string | undefined;
  let bestDistance = Infinity;
  let bestExact = Infinity;
  let prefix: string | undefined;
  for (const candidate of candidates) {
    if (candidate === name) return candidate;
    const candidateLower = candidate.toLowerCase();
    const d = editDistance(lower, candidateLower, Math.min(limit, bestDistance));
    if (d <= limit && d <= bestDistance) {
      const exact = editDistance(name, candidate);
      if (d < bestDistance || exact < bestExact) {
        best = candidate;
        bestDistance = d;
        bestExact = exact;
      }
    }
    if (
      best === undefined &&
      name.length >= MIN_PREFIX &&
      candidateLower.startsWith(lower) &&
      (prefix === undefined || candidate.length < prefix.length)
    ) {
      prefix = candidate;
    }
  }
  return best ?? prefix;
}

/** ` (did you mean "x"?)` for the closest candidate, or `""` where there is none. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const found = closest(name, candidates);
  return found === undefined ? "" : ` (did you mean ${JSON.stringify(found)}?)`;
}
