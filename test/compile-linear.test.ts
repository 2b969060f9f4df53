/**
 * Compiling never does exponential work: a node is visited at most about as many times as it is
 * deep (a call's callee is printed for messages, once per enclosing call). A call once compiled
 * its arguments on two paths, the direct call's and the general one's, which doubled the work at
 * every level: `f(f(f(…)))` 100 deep never finished. The tree is wrapped in proxies that count how
 * often each node's `kind` is read, which the compiler and the printer do once a visit; nothing
 * is timed.
 */
import { describe, expect, it } from "vitest";
import type * as A from "../src/ast.js";
import { parseProgram } from "../src/parse.js";
import { compileProgram } from "../src/eval/compile.js";

/** `root` with every object in it wrapped: `reads.get(node)` is how often `node.kind` was read. */
function counted<T extends object>(root: T, reads: Map<object, number>): T {
  const wrap = (v: unknown): unknown => {
    if (v === null || typeof v !== "object") return v;
    const target = v as Record<string | symbol, unknown>;
    const children = new Map<string | symbol, unknown>();
    return new Proxy(target, {
      get(t, key) {
        if (key === "kind") reads.set(t, (reads.get(t) ?? 0) + 1);
        const value = t[key];
        if (value === null || typeof value !== "object") return value;
        if (!children.has(key)) children.set(key, wrap(value));
        return children.get(key);
      },
    });
  };
  return wrap(root) as T;
}

const forms: Record<string, [prelude: string, open: string, inner: string, close: string]> = {
  "a call of a function value": ["const f = (x: any) => x; ", "f(", "1", ")"],
  "a call with two arguments": ["const f = (x: any, y: any) => x; ", "f(1, ", "1", ")"],
  "an op call": ["", "runName(", "runs[0]", ") ? runs[0] : runs[0]"],
  "a method call": ["const o: any = { f: (x: any) => x }; ", "o.f(", "1", ")"],
  "an array method": ["", "[", "1", "].map((x: any) => x)"],
  "an optional call": ["const f: any = (x: any) => x; ", "f?.(", "1", ")"],
  "an optional index": ["const o: any = {}; ", "o?.[", "1", "]"],
  "a call in an optional chain": ["const o: any = {}; ", "o?.f(", "1", ")"],
  "new Date": ["", "new Date(", "1", ")"],
  "a template": ["", "`${", "1", "}`"],
  "an arrow called at once": ["", "((x: any) => ", "1", ")(0)"],
  "a conditional": ["", "(true ? ", "1", " : 0)"],
  "a sum": ["", "(1 + ", "1", ")"],
  "an array literal": ["", "[", "1", "]"],
  "an object literal": ["", "({ a: ", "1", " })"],
  "an index": ["const a: any = [0]; ", "a[", "0", "]"],
  "a spread argument": ["const f = (...x: any[]) => x; ", "f(...[", "1", "])"],
  "Math.max": ["", "Math.max(", "1", ", 2)"],
  "a nullish default": ["const u: any = 1; ", "(u ?? ", "1", ")"],
  "an assignment": ["let v: any = 0; ", "(v = ", "1", ")"],
};

/** The most visits any node of the form nested `depth` deep gets while it is compiled. */
function mostVisits([prelude, open, inner, close]: (typeof forms)[string], depth: number): number {
  const reads = new Map<object, number>();
  compileProgram(counted(parseProgram(prelude + open.repeat(depth) + inner + close.repeat(depth)), reads) as A.Program);
  return Math.max(...reads.values());
}

describe("compiling visits a node at most about as often as it is deep", () => {
  for (const [what, form] of Object.entries(forms)) {
    it(what, () => {
      const at8 = mostVisits(form, 8);
      const at16 = mostVisits(form, 16);
      // Doubling the depth at most doubles the visits (exponential work would multiply them by 256).
      expect(at16).toBeLessThanOrEqual(2 * at8 + 4);
      expect(at16).toBeLessThanOrEqual(5 * 16);
    });
  }
});
