/**
 * "Did you mean …?": edit distance and the choice of the closest name (src/suggest.ts).
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { closest, didYouMean, editDistance, suggestionThreshold } from "../src/suggest.js";

describe("editDistance", () => {
  it.each([
    ["", "", 0],
    ["", "abc", 3],
    ["abc", "", 3],
    ["model", "model", 0],
    ["model", "modle", 1], // adjacent swap
    ["model", "mdoel", 1],
    ["kitten", "sitting", 3],
    ["flaw", "lawn", 2],
    ["jobtype", "jobType", 1], // case-sensitive here
    ["ab", "ba", 1],
    ["abc", "ca", 3], // optimal string alignment: a swapped pair is not edited again
    ["runSumary", "runSummary", 1],
    ["runsummary", "runSummary", 1],
  ])("%j to %j is %i", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  it("stops early past a maximum, returning max + 1", () => {
    expect(editDistance("abcdef", "uvwxyz", 2)).toBe(3);
    expect(editDistance("a", "abcdefgh", 3)).toBe(4);
    expect(editDistance("model", "modle", 1)).toBe(1);
  });

  it("is a metric-like measure (zero, symmetry, triangle inequality for Levenshtein-close strings)", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "A"), maxLength: 8 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        const d = editDistance(a, b);
        expect(d).toBe(editDistance(b, a));
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
      }),
      { seed: 20261123, numRuns: 500 },
    );
  });

  it("agrees with a capped computation below the cap", () => {
    const word = fc.string({ unit: fc.constantFrom("x", "y", "z"), maxLength: 7 });
    fc.assert(
      fc.property(word, word, fc.nat(6), (a, b, max) => {
        const full = editDistance(a, b);
        expect(editDistance(a, b, max)).toBe(full <= max ? full : max + 1);
      }),
      { seed: 20261123, numRuns: 500 },
    );
  });
});

describe("suggestionThreshold", () => {
  it.each([
    ["", 1],
    ["ab", 1],
    ["abcde", 1],
    ["abcdef", 2],
    ["runSummary", 3],
  ])("%j allows %i", (name, max) => {
    expect(suggestionThreshold(name)).toBe(max);
  });
});

describe("closest", () => {
  it.each<[string, string[], string | undefined]>([
    // Case-only differences count as distance 0.
    ["jobtype", ["id", "name", "jobType", "state"], "jobType"],
    ["JOBTYPE", ["jobType"], "jobType"],
    // An adjacent swap is one edit.
    ["modle", ["model", "training-data"], "model"],
    // A typo within the threshold.
    ["runSumary", ["runSummary", "runConfig"], "runSummary"],
    ["createdat", ["createdAt", "heartbeatAt"], "createdAt"],
    // Too far: nothing.
    ["xyz", ["model", "data"], undefined],
    ["loss", ["accuracy"], undefined],
    // The smallest distance wins.
    ["modell", ["mode", "model"], "model"],
    ["runs", ["runz", "run"], "runz"], // equal distances: the earlier
    ["cat", ["bat", "cat"], "cat"],
    // Among equal distances, the smaller case-sensitive distance, then the earlier candidate.
    ["Config", ["config", "CONFIG"], "config"],
    ["abx", ["aby", "abz"], "aby"],
    // The prefix rule, where nothing is close by distance: the shortest candidate it begins.
    ["jane", ["john_doe", "jane_doe"], "jane_doe"],
    ["jane", ["jane_doe_2", "jane_doe"], "jane_doe"],
    ["Jane", ["jane_doe"], "jane_doe"],
    // ... but not for names under 3 characters.
    ["ja", ["jane_doe"], undefined],
    // A one-character name: distance 1 is allowed.
    ["x", ["y", "xy"], "y"],
    // No candidates.
    ["anything", [], undefined],
  ])("%j among %j is %j", (name, candidates, expected) => {
    expect(closest(name, candidates)).toBe(expected);
  });

  it("returns an exact match as it is", () => {
    expect(closest("model", ["Model", "model"])).toBe("model");
  });

  it("takes any iterable, and reads it once", () => {
    const keys = new Map([
      ["username", 1],
      ["name", 2],
    ]).keys();
    expect(closest("usrname", keys)).toBe("username");
    function* names() {
      yield "alpha";
      yield "beta";
    }
    expect(closest("betta", names())).toBe("beta");
  });

  it("only ever returns a candidate, within the threshold or by the prefix rule", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "B", "_"), maxLength: 9 });
    fc.assert(
      fc.property(word, fc.array(word, { maxLength: 6 }), (name, candidates) => {
        const found = closest(name, candidates);
        if (found === undefined) {
          for (const c of candidates) {
            expect(editDistance(name.toLowerCase(), c.toLowerCase())).toBeGreaterThan(suggestionThreshold(name));
          }
          return;
        }
        expect(candidates).toContain(found);
        const d = editDistance(name.toLowerCase(), found.toLowerCase());
        const byPrefix = name.length >= 3 && found.toLowerCase().startsWith(name.toLowerCase());
        expect(d <= suggestionThreshold(name) || byPrefix).toBe(true);
        if (d <= suggestionThreshold(name)) {
          for (const c of candidates) expect(editDistance(name.toLowerCase(), c.toLowerCase())).toBeGreaterThanOrEqual(d);
        }
      }),
      { seed: 20261123, numRuns: 500 },
    );
  });
});

describe("didYouMean", () => {
  it("quotes the suggestion as JSON", () => {
    expect(didYouMean("jobtype", ["jobType"])).toBe(' (did you mean "jobType"?)');
    expect(didYouMean("val los", ["val/loss", 'say "hi"'])).toBe(' (did you mean "val/loss"?)');
  });

  it("is empty where nothing is close", () => {
    expect(didYouMean("zzz", ["model"])).toBe("");
  });
});

describe("editDistance's cap with swaps", () => {
  it("does not stop early where a swap two rows back keeps the distance under the cap", () => {
    // "xzy" → "zxy" is one swap; a cap of 1 must still find it.
    expect(editDistance("xzy", "zxy", 1)).toBe(1);
    expect(editDistance("abdc", "badc", 1)).toBe(1);
    expect(editDistance("xx", "yzyy", 2)).toBe(3);
  });
});
