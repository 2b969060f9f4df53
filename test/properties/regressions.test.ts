/**
 * Replays every failure `npm run fuzz` wrote into regressions/ (one JSON file each: the property's
 * name, the shrunk counterexample, the seed and the message) through the property's predicate. A
 * new file fails `npm test` until the bug is fixed, or until someone who understands it adds a
 * `"known": "<what is wrong>"` field: the replay then runs as `it.fails`, and turns red once fixed.
 */
import { describe, expect, it } from "vitest";
import { PROPERTIES } from "./properties.js";
import { readRegressions, type AnyProperty, type Regression } from "./harness.js";

const regressions = readRegressions();

function replay(r: Regression, properties: ReadonlyMap<string, Pick<AnyProperty, "predicate">> = PROPERTIES): void {
  const property = properties.get(r.property);
  if (!property) throw new Error(`no property named ${JSON.stringify(r.property)} (known: ${[...properties.keys()].join(", ")})`);
  property.predicate(...r.counterexample);
}

describe("regressions the fuzzer found", () => {
  for (const { file, regression } of regressions) {
    const title = `${file}: ${regression.signature}`;
    if (regression.known) it.fails(`${title} [known: ${regression.known}]`, () => replay(regression));
    else it(title, () => replay(regression));
  }

  it("every file names a property and holds its arguments", () => {
    for (const { file, regression } of regressions) {
      expect(PROPERTIES.has(regression.property), file).toBe(true);
      expect(Array.isArray(regression.counterexample), file).toBe(true);
      expect(regression.counterexample.length, file).toBe(PROPERTIES.get(regression.property)!.arbitraries.length);
    }
  });

  it("a replay runs the property: a failing counterexample fails it", () => {
    // A stand-in property that holds for numbers under 10: its counterexample's replay must fail.
    const underTen = new Map([["under-ten", { predicate: (n: unknown) => expect(n).toBeLessThan(10) }]]);
    const regression = (n: number): Regression => ({ property: "under-ten", signature: "", message: "", found: "", seed: 0, path: undefined, counterexample: [n] });
    expect(() => replay(regression(12), underTen)).toThrow(/less than 10/);
    expect(() => replay(regression(3), underTen)).not.toThrow();
    expect(() => replay({ property: "parser-totality", signature: "", message: "", found: "", seed: 0, path: undefined, counterexample: ["runs.length"] })).not.toThrow();
    expect(() => replay({ property: "no-such-property", signature: "", message: "", found: "", seed: 0, path: undefined, counterexample: [] })).toThrow(/no property/);
  });
});
