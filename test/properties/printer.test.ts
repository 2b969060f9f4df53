/**
 * The printer's promise (src/printer.ts) as a property: for a syntax tree shaped as the parser
 * builds them, `parseProgram(print(tree))` is the same tree (spans aside), and printing it again
 * gives the same text. Trees come from `syntaxTree()` (random, every kind of node) and from parsing
 * generated programs, ill-typed ones and reformatted ones.
 */
import { describe, expect, it } from "vitest";
import { printerPrograms, printerTrees, printsBack, stats } from "./properties.js";
import { fuzzScale, runProperty } from "./harness.js";
import type * as A from "../../src/ast.js";

const TIMEOUT = fuzzScale() === undefined ? 120_000 : 7 * 86_400_000;
const S = { start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 };

describe("property: print, then parse, gives the tree back", () => {
  it("random syntax trees", { timeout: TIMEOUT }, () => {
    runProperty(printerTrees);
    expect(stats.printer.trees).toBeGreaterThanOrEqual(printerTrees.numRuns);
  });

  it("the trees of generated programs, well-typed, ill-typed and reformatted", { timeout: TIMEOUT }, () => {
    const trees = stats.printer.trees;
    runProperty(printerPrograms);
    // Nearly every input parses, so its tree is printed back.
    expect(stats.printer.trees - trees).toBeGreaterThan(printerPrograms.numRuns * 0.9);
  });

  it("the check fails for a tree the parser cannot build (an increment of a call)", () => {
    const call: A.Call = { kind: "Call", callee: { kind: "Identifier", name: "f", span: S }, args: [], optional: false, span: S };
    const tree = { kind: "Program", span: S, body: [{ kind: "ExpressionStatement", span: S, expression: { kind: "Update", operator: "++", prefix: false, target: call, span: S } }] } as unknown as A.Program;
    expect(() => printsBack(tree)).toThrow(/does not parse/);
    const shorthand = { kind: "Program", span: S, body: [{ kind: "ExpressionStatement", span: S, expression: { kind: "Object", span: S, properties: [{ kind: "Property", key: "a", value: { kind: "Number", value: 1, span: S }, shorthand: true, span: S }] } }] } as A.Program;
    expect(() => printsBack(shorthand)).toThrow(/another tree/);
  });
});
