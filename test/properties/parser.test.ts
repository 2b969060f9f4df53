/**
 * Parser totality as a property: any text (random characters, token soup, generated programs with
 * a few characters garbled, reformatted programs) gives either a program or a `syntax` WeftError
 * whose line and column (and end) lie inside the text; never another exception.
 */
import { describe, expect, it } from "vitest";
import { parser, positionInside, stats } from "./properties.js";
import { fuzzScale, runProperty } from "./harness.js";

const TIMEOUT = fuzzScale() === undefined ? 120_000 : 7 * 86_400_000;

describe("property: the parser answers every text", () => {
  it("a program or a syntax error inside the text", { timeout: TIMEOUT }, () => {
    runProperty(parser);
    // Both outcomes are met often.
    expect(stats.parser.parsed / stats.parser.total).toBeGreaterThan(0.1);
    expect(stats.parser.syntaxErrors / stats.parser.total).toBeGreaterThan(0.5);
  });

  it("positions inside a text: a line it has, a column up to one past the line's end", () => {
    expect(positionInside("ab\ncd", 1, 1)).toBe(true);
    expect(positionInside("ab\ncd", 2, 3)).toBe(true);
    expect(positionInside("", 1, 1)).toBe(true);
    expect(positionInside("ab\ncd", 3, 1)).toBe(false);
    expect(positionInside("ab\ncd", 1, 4)).toBe(false);
    expect(positionInside("ab\ncd", 0, 1)).toBe(false);
    expect(positionInside("ab", 1, 0)).toBe(false);
    expect(positionInside("ab", undefined, 1)).toBe(false);
  });
});
