/**
 * Tests written to kill the evaluator's surviving mutants (docs/mutation.md): behaviour of
 * src/eval/ and src/runtime/ that the language table and the refusals did not pin down.
 *
 *  - the runtime's conversions and operators, called directly and held to the host's own
 *    JavaScript operators (the host is V8: `a < b`, `a == b`, `String(x)`, `Date#toString` in UTC);
 *  - the evaluation context: each limit at its boundary and its message, the clock, the call depth,
 *    the workspace view;
 *  - compile-time scopes;
 *  - programs through the evaluator alone (`compileUnchecked`): exact runtime errors with their
 *    places, and a differential table against V8 (test/helpers/v8-reference.ts) for the paths the
 *    language table leaves out.
 */
import { DICTIONARY_PROTOTYPE } from "../src/workspace/entities.js";
import { describe, expect, it, vi } from "vitest";
import { compile, compileUnchecked, check } from "../src/api.js";
import { WeftError, IsolationNeeded } from "../src/errors.js";
import { DEFAULT_RUN_LIMITS, type RunLimits } from "../src/limits.js";
import { EvalContext } from "../src/runtime/context.js";
import { active, activeOrNone, withContext } from "../src/runtime/active.js";
import {
  Namespace, add, arrayToString, consoleText, dateToDateString, dateToString, dateToTimeString, fromHostJson, joinArray, lessOrEqual, lessThan,
  looseEquals, newObject, stringifyJson, toNumber, toPrimitive, toPropertyKey, toStr, truthy, typeName, typeofValue,
} from "../src/runtime/values.js";
import { Scope, Frame, UNINITIALIZED, newSlots, declaredIdentifiers } from "../src/eval/scope.js";
import { parseProgram } from "../src/parse.js";
import type * as A from "../src/ast.js";
import { runInV8 } from "./helpers/v8-reference.js";
import { canonical } from "./helpers/canonical.js";
import { sample, sampleFile, SAMPLE_NOW } from "./helpers/weft.js";

const NOW = Date.parse(SAMPLE_NOW);

function context(limits: Partial<RunLimits> = {}, isolating = false): EvalContext {
  return new EvalContext(sample, NOW, { ...DEFAULT_RUN_LIMITS, ...limits }, isolating);
}

/** The WeftError `f` throws. */
function thrown(f: () => unknown): WeftError {
  try {
    f();
  } catch (e) {
    if (e instanceof WeftError) return e;
    throw e;
  }
  throw new Error("expected a WeftError");
}

// ---------------------------------------------------------------------------------------------
// The runtime's values and conversions, against the host's own operators

/** Primitives and objects without methods: the host's operators are the reference. */
const PRIMITIVES: unknown[] = [0, -0, 1, -1, 2.5, NaN, Infinity, -Infinity, "", "0", "1", "2", "10", "9", "a", "b", "abc", " 1 ", "1e3", true, false, null, undefined];

describe("values: operators agree with the host's on primitives", () => {
  it("lessThan and lessOrEqual are < and <=", () => {
    for (const a of PRIMITIVES) {
      for (const b of PRIMITIVES) {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        expect(lessThan(a, b), `${String(a)} < ${String(b)}`).toBe((a as any) < (b as any));
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        expect(lessOrEqual(a, b), `${String(a)} <= ${String(b)}`).toBe((a as any) <= (b as any));
      }
    }
  });

  it("lessThan and lessOrEqual convert arrays and Dates as < does", () => {
    const pairs: [unknown, unknown][] = [[[2], 10], [[1, 2], "1,3"], [new Date(5), new Date(7)], [new Date(7), new Date(7)], [new Date(9), 8], ["b", ["a"]]];
    for (const [a, b] of pairs) {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      expect(lessThan(a, b), `${String(a)} < ${String(b)}`).toBe((a as any) < (b as any));
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      expect(lessOrEqual(a, b), `${String(a)} <= ${String(b)}`).toBe((a as any) <= (b as any));
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      expect(lessThan(b, a), `${String(b)} < ${String(a)}`).toBe((b as any) < (a as any));
    }
  });

  it("looseEquals is ==", () => {
    for (const a of PRIMITIVES) {
      for (const b of PRIMITIVES) expect(looseEquals(a, b), `${String(a)} == ${String(b)}`).toBe(a == b);
    }
  });

  it("looseEquals compares an object with a primitive through ToPrimitive, on either side", () => {
    const values: unknown[] = [[1], [], ["a"], [1, 2], new Date(0), 0, 1, "", "1", "a", "1,2", null, undefined, true, false];
    for (const a of values) {
      for (const b of values) expect(looseEquals(a, b), `${String(a)} == ${String(b)}`).toBe(a == b);
    }
    const o = [1];
    expect(looseEquals(o, o)).toBe(true);
    expect(looseEquals(o, [1])).toBe(false);
  });

  it("add is +", () => {
    const values: unknown[] = [...PRIMITIVES, [1, 2], [], new Date(0)];
    for (const a of values) {
      for (const b of values) {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        expect(Object.is(add(a, b), (a as any) + (b as any)) || (add(a, b) as number) !== (add(a, b) as number), `${String(a)} + ${String(b)}`).toBe(true);
      }
    }
  });

  it("truthy is !! and typeofValue is typeof", () => {
    for (const v of [...PRIMITIVES, [], {}, () => 1, new Date(0)]) {
      expect(truthy(v)).toBe(!!v);
      expect(typeofValue(v)).toBe(typeof v);
    }
  });

  it("toStr, toNumber and toPropertyKey are String, Number and a property key's conversion", () => {
    for (const v of [...PRIMITIVES, [1, [2, 3]], [null, undefined], []]) {
      expect(toStr(v)).toBe(String(v));
      expect(Object.is(toNumber(v), Number(v))).toBe(true);
    }
    expect(toPropertyKey(5)).toBe(5);
    expect(toPropertyKey("k")).toBe("k");
    expect(toPropertyKey(true)).toBe("true");
    expect(toPropertyKey(null)).toBe("null");
    expect(toPropertyKey([1, 2])).toBe("1,2");
  });
});

describe("values: ToPrimitive on a program's own objects", () => {
  const obj = (props: Record<string, unknown>): Record<string, unknown> => Object.assign(newObject(), props);

  it("calls valueOf first for a number, toString first for a string", () => {
    const both = obj({ valueOf: () => 1, toString: () => "s" });
    expect(toPrimitive(both, "number")).toBe(1);
    expect(toPrimitive(both, "default")).toBe(1);
    expect(toPrimitive(both, "string")).toBe("s");
  });

  it("skips a method that gives an object back, and one that is not a function", () => {
    expect(toPrimitive(obj({ valueOf: () => ({}), toString: () => "t" }), "number")).toBe("t");
    expect(toPrimitive(obj({ valueOf: 5, toString: () => "t" }), "number")).toBe("t");
    expect(toPrimitive(obj({ toString: () => [], valueOf: () => 3 }), "string")).toBe(3);
    expect(toPrimitive(obj({ valueOf: () => null }), "number")).toBe(null);
  });

  it("falls back to Object.prototype's toString where the object has none of its own", () => {
    expect(toPrimitive(obj({}), "number")).toBe("[object Object]");
    expect(toPrimitive(obj({ valueOf: () => ({}) }), "number")).toBe("[object Object]");
  });

  it("refuses when both give objects back, and refuses functions", () => {
    const e = thrown(() => toPrimitive(obj({ valueOf: () => ({}), toString: () => ({}) }), "number"));
    expect([e.kind, e.message]).toEqual(["runtime", "Cannot convert object to primitive value"]);
    // Object.prototype's valueOf gives the object back too, as in V8: String({ toString: () => ({}) }) throws.
    expect(thrown(() => toPrimitive(obj({ toString: () => ({}) }), "string")).message).toBe("Cannot convert object to primitive value");
    const f = thrown(() => toPrimitive(() => 1, "string"));
    expect([f.kind, f.message]).toEqual(["runtime", "a function cannot be converted to a string or a number"]);
    expect(thrown(() => toStr(() => 1)).message).toBe("a function cannot be converted to a string or a number");
    expect(thrown(() => toNumber(() => 1)).message).toBe("a function cannot be converted to a string or a number");
  });

  it("converts Dates, arrays, namespaces and primitives as JavaScript does", () => {
    const d = new Date(86_400_000 * 3);
    expect(toPrimitive(d, "number")).toBe(d.getTime());
    expect(toPrimitive(d, "default")).toBe(String(d));
    expect(toPrimitive(d, "string")).toBe(String(d));
    expect(toPrimitive([1, [2]], "number")).toBe("1,2");
    expect(toPrimitive(new Namespace("Math", new Map()), "default")).toBe("[object Math]");
    expect(toPrimitive(null, "number")).toBe(null);
    expect(toPrimitive("x", "number")).toBe("x");
  });
});

describe("values: typeName", () => {
  it("names each kind of value", () => {
    expect(typeName(null)).toBe("null");
    expect(typeName(undefined)).toBe("undefined");
    expect(typeName([])).toBe("array");
    expect(typeName(new Date(0))).toBe("Date");
    expect(typeName(new Namespace("JSON", new Map()))).toBe("JSON");
    expect(typeName(newObject())).toBe("object");
    expect(typeName({})).toBe("object");
    expect(typeName(1)).toBe("number");
    expect(typeName("s")).toBe("string");
    expect(typeName(true)).toBe("boolean");
    expect(typeName(() => 1)).toBe("function");
    expect(typeName(sample.runs[0])).toBe("Run");
  });
});

describe("values: Dates as V8 prints them in UTC (the tests run with TZ=UTC)", () => {
  const times = [0, 1, -1, 86_399_999, 951_782_400_000, 1_790_000_000_123, -62_198_755_200_000, -62_135_596_800_001, -377_705_116_800_000, 253_402_300_799_999, 8.64e15, -8.64e15];
  it("toString, toDateString and toTimeString agree with the host's", () => {
    for (const t of times) {
      const d = new Date(t);
      expect(dateToString(d), String(t)).toBe(d.toString());
      expect(dateToDateString(d), String(t)).toBe(d.toDateString());
      expect(dateToTimeString(d), String(t)).toBe(d.toTimeString());
    }
  });

  it("an invalid Date prints as Invalid Date", () => {
    const d = new Date(Number.NaN);
    expect(dateToString(d)).toBe("Invalid Date");
    expect(dateToDateString(d)).toBe("Invalid Date");
    expect(dateToTimeString(d)).toBe("Invalid Date");
  });
});

describe("values: joining arrays", () => {
  it("writes null and undefined as empty, nests, and joins an array inside itself as empty, as V8 does", () => {
    expect(arrayToString([1, null, undefined, "a", [2, [3, null]]])).toBe(String([1, null, undefined, "a", [2, [3, null]]]));
    expect(joinArray([1, 2, 3], " - ")).toBe("1 - 2 - 3");
    expect(joinArray([], "-")).toBe("");
    expect(joinArray([undefined], "-")).toBe("");
    const self: unknown[] = [1, 2];
    self.push(self);
    expect(arrayToString(self)).toBe(String(self));
    // The array is joinable again afterwards (it left the set of arrays being joined).
    expect(arrayToString(self)).toBe("1,2,");
  });

  it("counts a step per element and checks the string limit while it joins", () => {
    const ctx = context({ maxStringLength: 5 });
    withContext(ctx, () => expect(joinArray(["ab", "cd"], "-")).toBe("ab-cd"));
    expect(ctx.steps).toBe(2);
    const e = withContext(ctx, () => thrown(() => joinArray(["abc", "def"], "")));
    expect([e.kind, e.message]).toEqual(["limit", "a string would be 6 characters long, over the limit of 5 (raise limits.maxStringLength or --max-string-length)"]);
    expect(withContext(context({ maxSteps: 2 }), () => thrown(() => joinArray([1, 2, 3], ",")).kind)).toBe("limit");
  });
});

describe("values: console text", () => {
  it("prints strings as they are, Dates as ISO, undefined and functions as undefined, the rest as JSON", () => {
    expect(consoleText("a b")).toBe("a b");
    expect(consoleText(new Date(0))).toBe("1970-01-01T00:00:00.000Z");
    expect(consoleText(new Date(Number.NaN))).toBe("Invalid Date");
    expect(consoleText(undefined)).toBe("undefined");
    expect(consoleText(() => 1)).toBe("undefined");
    expect(consoleText(null)).toBe("null");
    expect(consoleText([1, "x", null])).toBe('[1,"x",null]');
    expect(consoleText(Object.assign(newObject(), { a: 1 }))).toBe('{"a":1}');
  });
});

describe("values: JSON", () => {
  it("stringifies as JSON.stringify does, with a replacer function, a replacer list and a space", () => {
    const v = { a: 1, b: [1, 2], c: { d: "x" } };
    const rep = (k: string, x: unknown) => (k === "a" ? undefined : x);
    for (const ctx of [undefined, context(), context({}, true)]) {
      const run = <R>(f: () => R): R => (ctx ? withContext(ctx, f) : f());
      expect(run(() => stringifyJson(v))).toBe(JSON.stringify(v));
      expect(run(() => stringifyJson(v, rep))).toBe(JSON.stringify(v, rep));
      expect(run(() => stringifyJson(v, ["a", "c"]))).toBe(JSON.stringify(v, ["a", "c"]));
      expect(run(() => stringifyJson(v, ["b"]))).toBe(JSON.stringify(v, ["b"]));
      expect(run(() => stringifyJson(v, null, 2))).toBe(JSON.stringify(v, null, 2));
      expect(run(() => stringifyJson(v, undefined, "--"))).toBe(JSON.stringify(v, undefined, "--"));
      expect(run(() => stringifyJson(() => 1))).toBe(undefined);
      expect(run(() => stringifyJson(undefined))).toBe(undefined);
    }
  });

  it("counts a step per value it visits, in an evaluation", () => {
    for (const replacer of [undefined, (_k: string, x: unknown) => x, ["a", "b"]]) {
      const ctx = context();
      withContext(ctx, () => stringifyJson({ a: 1, b: [2, 3] }, replacer));
      // the root, a, b and b's two elements (a replacer list keeps every array element)
      expect(ctx.steps, String(replacer)).toBe(5);
    }
    expect(withContext(context({ maxSteps: 3 }), () => thrown(() => stringifyJson([1, 2, 3, 4])).kind)).toBe("limit");
  });

  it("turns the host's error into a runtime error with its first line", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const e = thrown(() => stringifyJson(cyclic));
    expect(e.kind).toBe("runtime");
    expect(e.message).toMatch(/^Converting circular structure to JSON/);
    expect(e.message).not.toContain("\n");
  });

  it("a function that reuses its frame starts each call with its locals uninitialised", () => {
    // The second call reads `y` before its `let`: a frame left as the first call left it would answer 1.
    const program = compileUnchecked("const f = (x: number) => { if (x > 0) { return y; } let y = 1; return y; }; [f(0), f(1)]");
    const e = thrown(() => program.run(sample, { now: SAMPLE_NOW }));
    expect([e.kind, e.message]).toEqual(["runtime", "Cannot access 'y' before initialization"]);
  });

  it("an isolating context never asks for a restart before a write: it refuses the write itself", () => {
    expect(() => context({}, false).writingWorkspaceData()).toThrow(IsolationNeeded);
    expect(() => context({}, true).writingWorkspaceData()).not.toThrow();
  });

  it("a + that answers a number (true + 1) charges nothing: the allocation count stays a number", () => {
    const program = compile(`const t: any = true; const two = t + 1; "ab".repeat(5).length + two`);
    expect(program.run(sample, { now: SAMPLE_NOW, limits: { maxAllocation: 20 } }).value).toBe(12);
    expect(thrown(() => program.run(sample, { now: SAMPLE_NOW, limits: { maxAllocation: 19 } })).kind).toBe("limit");
  });

  it("fromHostJson copies into Weft objects and counts steps and sizes", () => {
    const parsed = fromHostJson(JSON.parse('{"a":[1,{"b":null}],"c":"x"}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(parsed)).toBe(DICTIONARY_PROTOTYPE);
    expect(Object.getPrototypeOf((parsed.a as unknown[])[1])).toBe(DICTIONARY_PROTOTYPE);
    expect(JSON.stringify(parsed)).toBe('{"a":[1,{"b":null}],"c":"x"}');
    const ctx = context();
    withContext(ctx, () => fromHostJson({ a: [1, 2, 3], b: 1 }));
    // two keys (and a step), then three elements (and a step)
    expect(ctx.steps).toBe(2 + 1 + 3 + 1);
    expect(withContext(context({ maxObjectSize: 1 }), () => thrown(() => fromHostJson({ a: 1, b: 2 })).kind)).toBe("limit");
    expect(withContext(context({ maxObjectSize: 2 }), () => fromHostJson({ a: 1, b: 2 }))).toEqual({ a: 1, b: 2 });
    expect(withContext(context({ maxArrayLength: 2 }), () => thrown(() => fromHostJson([1, 2, 3])).kind)).toBe("limit");
    expect(withContext(context({ maxArrayLength: 3 }), () => fromHostJson([1, 2, 3]))).toEqual([1, 2, 3]);
  });
});

// ---------------------------------------------------------------------------------------------
// The evaluation context

describe("the evaluation context", () => {
  it("active() outside an evaluation is a runtime error; withContext restores the previous one, also on a throw", () => {
    expect(activeOrNone()).toBe(undefined);
    const e = thrown(() => active());
    expect([e.kind, e.message]).toEqual(["runtime", "a Weft function was called outside of its evaluation"]);
    const outer = context();
    const inner = context();
    withContext(outer, () => {
      expect(active()).toBe(outer);
      expect(() => withContext(inner, () => {
        expect(active()).toBe(inner);
        throw new Error("boom");
      })).toThrow("boom");
      expect(active()).toBe(outer);
    });
    expect(activeOrNone()).toBe(undefined);
  });

  it("steps: the limit itself is allowed, one more is not", () => {
    const ctx = context({ maxSteps: 3 });
    ctx.step();
    ctx.step();
    ctx.step();
    const e = thrown(() => ctx.step());
    expect([e.kind, e.message]).toEqual(["limit", "the evaluation took more than 3 steps (raise limits.maxSteps or --max-steps)"]);
    const bulk = context({ maxSteps: 10 });
    bulk.addSteps(9);
    expect(bulk.steps).toBe(10);
    expect(thrown(() => bulk.addSteps(1)).kind).toBe("limit");
  });

  it("the clock is read every 4096 steps, and after big work", () => {
    const clock = vi.spyOn(Date, "now");
    try {
      clock.mockReturnValue(1_000);
      const ctx = context({ timeoutMs: 10 });
      clock.mockReturnValue(1_011);
      for (let i = 1; i < 4096; i++) ctx.step();
      const e = thrown(() => ctx.step());
      expect([e.kind, e.message]).toEqual(["limit", "the evaluation ran longer than 10 ms (raise limits.timeoutMs or --timeout)"]);
      // Exactly at the deadline is still in time.
      clock.mockReturnValue(1_000);
      const onTime = context({ timeoutMs: 10 });
      clock.mockReturnValue(1_010);
      for (let i = 0; i < 8192; i++) onTime.step();
      // restart() sets a new deadline from now.
      clock.mockReturnValue(5_000);
      onTime.restart();
      expect([onTime.steps, onTime.depth, onTime.console.length]).toEqual([0, 0, 0]);
      clock.mockReturnValue(5_011);
      for (let i = 1; i < 4096; i++) onTime.step();
      expect(thrown(() => onTime.step()).kind).toBe("limit");
      // Big work (a string or an array of 65536 or more) reads the clock at once; smaller work waits for the 4096th step.
      clock.mockReturnValue(1_000);
      const big = context({ timeoutMs: 10 });
      clock.mockReturnValue(1_011);
      big.checkStringLength(65_535);
      big.addSteps(65_535 - big.steps - 1);
      expect(thrown(() => big.checkStringLength(65_536)).message).toBe("the evaluation ran longer than 10 ms (raise limits.timeoutMs or --timeout)");
      clock.mockReturnValue(1_000);
      const bulk = context({ timeoutMs: 10 });
      clock.mockReturnValue(1_011);
      bulk.addSteps(100);
      expect(thrown(() => bulk.addSteps(65_536)).kind).toBe("limit");
      // No timeout: the clock never matters.
      clock.mockReturnValue(0);
      const forever = context({ timeoutMs: 0 });
      clock.mockReturnValue(Number.MAX_SAFE_INTEGER);
      for (let i = 0; i < 8192; i++) forever.step();
      forever.restart();
      for (let i = 0; i < 8192; i++) forever.step();
    } finally {
      clock.mockRestore();
    }
  });

  it("restart() clears the console and the counters", () => {
    const ctx = context();
    ctx.console.push({ level: "log", text: "x" });
    ctx.step();
    ctx.enter();
    ctx.restart();
    expect([ctx.steps, ctx.depth, ctx.console]).toEqual([0, 0, []]);
  });

  it("call depth: the limit itself is allowed; past it, the depth starts again from 0", () => {
    const ctx = context({ maxCallDepth: 2 });
    ctx.enter();
    ctx.enter();
    expect(ctx.depth).toBe(2);
    const e = thrown(() => ctx.enter());
    expect([e.kind, e.message]).toEqual(["limit", "calls nested more than 2 deep: is a function calling itself without end? (raise limits.maxCallDepth or --max-call-depth)"]);
    expect(ctx.depth).toBe(0);
  });

  it("array, string and object sizes: the limit itself is allowed, one more is not", () => {
    const ctx = context({ maxArrayLength: 3, maxStringLength: 4, maxObjectSize: 5 });
    ctx.checkArrayLength(3);
    ctx.checkStringLength(4);
    expect(ctx.checkString("abcd")).toBe("abcd");
    ctx.checkObjectSize(5);
    const cases: [() => unknown, string][] = [
      [() => ctx.checkArrayLength(4), "an array would have 4 elements, over the limit of 3 (raise limits.maxArrayLength or --max-array-length)"],
      [() => ctx.checkStringLength(5), "a string would be 5 characters long, over the limit of 4 (raise limits.maxStringLength or --max-string-length)"],
      [() => ctx.checkString("abcde"), "a string would be 5 characters long, over the limit of 4 (raise limits.maxStringLength or --max-string-length)"],
      [() => ctx.checkObjectSize(6), "an object would have 6 keys, over the limit of 5 (raise limits.maxObjectSize or --max-object-size)"],
    ];
    for (const [f, message] of cases) {
      const e = thrown(f);
      expect([e.kind, e.message]).toEqual(["limit", message]);
    }
  });

  it("runs() and artifacts() are the evaluation's own copies, the same each time", () => {
    const ctx = context();
    const runs = ctx.runs();
    expect(runs).not.toBe(sample.runs);
    expect(runs).toEqual(sample.runs);
    expect(ctx.runs()).toBe(runs);
    const artifacts = ctx.artifacts();
    expect(artifacts).not.toBe(sample.artifacts);
    expect(artifacts).toEqual(sample.artifacts);
    expect(ctx.artifacts()).toBe(artifacts);
    expect(context().runs()).not.toBe(runs);
  });

  it("view(): an isolating evaluation gets one thawed copy of each frozen value; others get the value", () => {
    const date = Object.freeze(new Date(5));
    const inner = Object.freeze({ n: 1 });
    const list = Object.freeze([inner, date, 3]);
    const dict = Object.freeze(Object.assign(newObject(), { list, inner }));
    const plain = context();
    expect(plain.view(dict)).toBe(dict);
    const iso = context({}, true);
    const copy = iso.view(dict) as Record<string, unknown>;
    expect(copy).not.toBe(dict);
    expect(Object.isFrozen(copy)).toBe(false);
    expect(Object.getPrototypeOf(copy)).toBe(DICTIONARY_PROTOTYPE);
    expect(copy).toEqual(dict);
    expect(iso.view(dict)).toBe(copy);
    const copiedList = copy.list as unknown[];
    expect(copiedList).not.toBe(list);
    expect(Object.isFrozen(copiedList)).toBe(false);
    // Shared data stays shared: the list's element is the same copy as the dictionary's.
    expect(copiedList[0]).toBe(copy.inner);
    expect(iso.view(list)).toBe(copiedList);
    const copiedDate = copiedList[1] as Date;
    expect(copiedDate).not.toBe(date);
    expect(copiedDate.getTime()).toBe(5);
    expect(iso.view(date)).toBe(copiedDate);
    // Not frozen, not an object, or an entity: the value itself.
    const loose = { a: 1 };
    expect(iso.view(loose)).toBe(loose);
    expect(iso.view(null)).toBe(null);
    expect(iso.view(7)).toBe(7);
    expect(iso.view(sample.runs[0])).toBe(sample.runs[0]);
  });
});

// ---------------------------------------------------------------------------------------------
// Compile-time scopes

describe("scopes", () => {
  const ids = (src: string): A.Identifier[] => {
    const stmt = parseProgram(src).body[0] as A.VarDecl;
    return declaredIdentifiers(stmt.declarations[0]!.target);
  };

  it("declare gives slots in order and refuses a name twice", () => {
    const s = new Scope(undefined, true);
    const [a, b] = ids("const [a, b] = [1, 2]");
    const ba = s.declare(a!, "const", 10);
    const bb = s.declare(b!, "let", 20);
    expect(ba).toMatchObject({ name: "a", kind: "const", slot: 0, initializedAt: 10 });
    expect(bb).toMatchObject({ name: "b", kind: "let", slot: 1, initializedAt: 20 });
    expect(s.declare(a!, "let", 30)).toBe("duplicate");
    expect(s.size).toBe(2);
    expect(s.own("a")).toBe(ba);
    expect(s.own("zz")).toBe(undefined);
  });

  it("resolve counts the frames up, and whether a function boundary lies between", () => {
    const top = new Scope(undefined, true);
    const [x] = ids("const x = 1");
    top.declare(x!, "const", 0);
    const block = new Scope(top, false);
    const fn = new Scope(block, true);
    const inner = new Scope(fn, false);
    expect(top.resolve("x")).toMatchObject({ hops: 0, crossesFunction: false });
    expect(block.resolve("x")).toMatchObject({ hops: 1, crossesFunction: false });
    expect(fn.resolve("x")).toMatchObject({ hops: 2, crossesFunction: true });
    expect(inner.resolve("x")).toMatchObject({ hops: 3, crossesFunction: true });
    expect(inner.resolve("nope")).toBe(undefined);
    const [y] = ids("const y = 1");
    inner.declare(y!, "let", 0);
    expect(inner.visibleNames()).toEqual(["y", "x"]);
  });

  it("newSlots starts every slot uninitialised; declaredIdentifiers finds every name a pattern binds", () => {
    expect(newSlots(3)).toEqual([UNINITIALIZED, UNINITIALIZED, UNINITIALIZED]);
    expect(newSlots(0)).toEqual([]);
    expect(ids("const { a, b: [c, , ...d], e = 1, ...f } = x").map((i) => i.name)).toEqual(["a", "c", "d", "e", "f"]);
    expect(ids("const [g, { h }, ...i] = x").map((i) => i.name)).toEqual(["g", "h", "i"]);
    const frame = new Frame([1], undefined, context());
    expect(frame.vars).toEqual([1]);
  });
});

// ---------------------------------------------------------------------------------------------
// Programs through the evaluator alone

/** Runs a program through the evaluator alone (no checker) over the sample workspace. */
function evaluate(src: string) {
  return compileUnchecked(src).run(sample, { now: SAMPLE_NOW });
}

/**
 * Programs V8 runs: Weft's evaluator must give the same value and console output. Each reaches a
 * path of the evaluator that test/language.test.ts does not: reads of a `let` across frames
 * before and after its declaration ran, destructuring's defaults and rests over every kind of
 * value, spreads, computed keys, the assignment operators on every kind of target, completion
 * values, direct calls with each number of arguments.
 */
const agreeing: string[] = [
  // names across frames: 0, 1 and more hops, read before (in a closure) and after the declaration
  "let a = 1; const f = () => a; a = 2; f()",
  "let a = 1; { let b = 2; { let c = 3; { a = a + b + c } } } a",
  "const f = () => { const g = () => { const h = () => n; return h() }; return g() }; const n = 5; f()",
  "let n = 0; const inc = () => { n += 1; return n }; inc(); inc(); [n, inc()]",
  "let n = 0; { { const bump = () => { n++ }; bump(); bump() } } n",
  "const x = 1; { const y = x + 1; { const z = y + x; [x, y, z] } }",
  "let x = 1; { let x = 2; { x = 3 } } x",
  // destructuring
  "const [a = 1, b = 2] = \"x\"; [a, b]",
  "const [...r] = \"héllo\"; r",
  "const [, ...r] = [1, 2, 3]; r",
  "const [a, , b = a * 10] = [1]; [a, b]",
  "const [[x = 1] = [], { y = 2 } = {}] = []; [x, y]",
  "const { ...r } = \"ab\"; r",
  "const { ...r } = 5; r",
  "const { ...r } = [1, 2]; r",
  "const { ...r } = new Date(0); r",
  "const { 1: one, ...r } = [\"a\", \"b\", \"c\"]; [one, r]",
  "const { id, ...r } = runs[0]; Object.keys(r)",
  "const { a = 1, b = a + 1, c = b * 2 } = { b: 5 }; [a, b, c]",
  "const { a: { b: { c = 7 } = {} } = {} } = {}; c",
  "const { length: n } = [1, 2, 3]; n",
  "for (const [a, b] of [[1, 2], \"xy\"]) a + b",
  "const out = []; for (const { k = \"d\", ...rest } of [{ k: 1, z: 2 }, { y: 3 }]) out.push([k, rest]); out",
  "const out = []; for (const [i, ...xs] of [[1, 2, 3], [4]]) out.push(i, xs.length); out",
  "((a, [b, c] = [2, 3], { d } = { d: 4 }) => a + b + c + d)(1)",
  "((...all) => all)()",
  "((a, ...rest) => [a, rest])(1, 2, 3, 4, 5)",
  "((a = 1, b = 2, c = 3) => [a, b, c])(undefined, null)",
  // spreads
  "[...\"ab\", ...[1], ...[]]",
  "({ ...5, ...true, ...(() => 1), a: 1 })",
  "({ ...\"hé\", 2: \"x\" })",
  "({ ...runUser(runs[3]) })",
  "({ ...{ a: 1 }, ...{ a: 2, b: 3 }, a: 4 })",
  "const a = [1, 2]; [...a, ...a].length",
  "Math.max(...[1, 2], ...[3], 0)",
  "const f = (a, b, c, d) => [a, b, c, d]; f(...[1, 2], ...\"xy\")",
  // computed keys and property keys
  "({ [1 + 1]: \"two\", [\"a\" + \"b\"]: 3, [\"x\"]: 4 })",
  "const k = { toString: () => \"key\" }; ({ [k]: 1 })",
  "({ a: 1, a: 2 })",
  "({ b: 1, a: 2, 1: 3, 0: 4 })",
  "const o = { n: 1 }; o[\"n\"] += 1; o[\"m\"] = 2; o",
  "const a = [7, 8, 9]; [a[\"1\"], a[\"01\"], a[1.5], a[-1], a[3]]",
  "const s = \"abc\"; [s[1], s[\"2\"], s[\"01\"], s[5], s.length]",
  "const a = []; a[3] = 1; [a.length, a[0]]",
  "const a = [1, 2, 3]; a.length = 1; a",
  "const a = [1]; a.length = 3; a",
  "const a = [1, 2]; a[\"length\"] = 0; a",
  // assignment operators on every kind of target
  "let x = 1; x **= 2; x %= 3; x",
  "let x = 7; x /= 2; x -= 0.5; x *= 4; x",
  "let s = \"ab\"; s += \"cd\"; s += 1; s",
  "let n = null; n ??= 5; n ||= 6; n &&= 7; n",
  "let n = 0; n ||= 8; n &&= 0; n ??= 9; n",
  "const o = {}; o.a ||= 1; o.b &&= 2; o.c ??= 3; o",
  "const o = { a: 5, b: 0, c: null }; o.a ||= 1; o.b &&= 2; o.c ??= 3; o",
  "const o = { n: 2 }; o.n **= 3; o.n %= 5; o.n /= 2; o.n -= 1; o",
  "const a = [1, 2, 3]; a[0] -= 5; a[1] **= 3; a[2] /= 2; a",
  "const o = { s: \"x\" }; o.s += \"y\"; o[\"s\"] += 1; o",
  "const o = {}; const r = (o.k = 5); [r, o.k]",
  "const a = []; const r = (a[1] = \"v\"); [r, a]",
  "let x = 1; const r = (x += 2); [r, x]",
  "let x = 5; const r = (x ||= 9); [r, x]",
  "let x = 0; const r = (x &&= 9); [r, x]",
  "const o = { a: 1 }; const r = (o.a ??= 2); [r, o.a]",
  "let i = 0; const a = [i++, i++, ++i, i--, --i]; [a, i]",
  "const o = { n: 5 }; [o.n++, o.n--, ++o.n, --o.n, o.n]",
  "const a = [5]; [a[0]++, --a[0], a]",
  "const o = {}; o.missing++; o",
  "let u; [u++, u]",
  "let x = 2; let y = x++ * 10 + x; [x, y]",
  // unary operators
  "[-[], +[5], -\"x\", +{ valueOf: () => 3 }, -{ valueOf: () => \"4\" }, +new Date(9), -true, +null]",
  "[typeof 1, typeof \"\", typeof {}, typeof [], typeof null, typeof undefined, typeof (() => 1), typeof runs[0], typeof Math]",
  "[!0, !1, !\"\", !\"a\", !null, ![], !{}, !!NaN]",
  // binary operators on mixed operands
  "[1 < 2, 2 < 1, 1 <= 1, 2 <= 1, 2 > 1, 1 > 2, 1 >= 1, 1 >= 2]",
  "[\"a\" < \"b\", \"b\" < \"a\", \"a\" <= \"a\", \"b\" <= \"a\", \"b\" > \"a\", \"a\" > \"b\", \"a\" >= \"a\", \"a\" >= \"b\"]",
  "[\"10\" < 9, \"10\" > 9, \"9\" <= 9, null >= 0, undefined < 1, [2] > 1, [2] >= [10]]",
  "[new Date(1) < new Date(2), new Date(2) <= new Date(1), new Date(2) > 1, new Date(1) >= \"1\"]",
  "[1 == \"1\", 0 == \"\", null == undefined, null == 0, [1] == 1, [] == \"\", 1 != \"1\", null != 0, [1] != [1]]",
  "[1 + 2, \"1\" + 2, 1 + \"2\", [1] + [2], null + 1, true + true, undefined + 1, new Date(0) + 1, { valueOf: () => 2 } + 3]",
  "[7 - \"2\", \"6\" * \"7\", \"9\" / 3, \"7\" % 4, \"2\" ** 3, [4] - 1, null * 5]",
  "[1 && 2, 0 && 2, 1 || 2, 0 || 2, null ?? 2, 0 ?? 2, undefined ?? null]",
  "[1 === 1, 1 === \"1\", 1 !== 1, 1 !== \"1\", NaN === NaN, [] === []]",
  // templates
  "`${1}${\"a\"}${null}${undefined}${[1, 2]}${{}}${true}`",
  "`a${1}b${2}c`",
  "`${{ toString: () => \"T\" }}|${new Date(0)}`",
  "``",
  "`only text`",
  // conditionals, statements and completion values
  "1 ? \"y\" : \"n\"",
  "0 ? \"y\" : \"n\"",
  "if (1) { 2 } else { 3 }",
  "if (0) { 2 } else { 3 }",
  "if (0) { 2 }",
  "4; if (0) { 2 }",
  "5; if (1) { const z = 1 }",
  "6; if (0) 1; else { }",
  "7; for (const x of [1, 2]) { if (x > 5) x }",
  "8; for (const x of [1, 2]) x * 3",
  "9; { }",
  "10; { 11 }",
  "{ const a = 1; a + 1 }",
  "{ 12 } 13",
  "const f = () => { if (true) return 1; return 2 }; f()",
  "const f = () => { for (const x of [1, 2, 3]) { if (x === 2) return x * 10 } return 0 }; f()",
  "const f = () => { { return 5 } }; f()",
  "const f = () => { if (false) { return 1 } else { return 2 } }; f()",
  "const f = () => { const x = 1 }; f()",
  "const f = (x) => { if (x) { return } return \"no\" }; [f(1), f(0)]",
  // calls: ops and functions with 0 to 4 arguments, direct and through values, in chains
  "const f = () => 1; f()",
  "const f = (a) => a; f(2)",
  "const f = (a, b) => [a, b]; f(1, 2)",
  "const f = (a, b, c) => [a, b, c]; f(1, 2, 3)",
  "const f = (a, b, c, d) => [a, b, c, d]; f(1, 2, 3, 4)",
  "const f = (a, b, c) => [a, b, c]; [f(), f(1), f(1, 2)]",
  "const fs = [(a) => a * 2, (a, b) => a + b, (a, b, c) => a * b * c]; [fs[0](3), fs[1](1, 2), fs[2](2, 3, 4)]",
  "const o = { f: (a, b, c, d) => [a, b, c, d] }; o.f(1, 2, 3, 4)",
  "const o = { m: { f: (x) => x + 1 } }; o?.m.f(1)",
  "const o = { m: null }; o.m?.f(1)",
  "const o = { f: null }; o.f?.()",
  "const o = null; o?.f()",
  "const o = { g: () => 1 }; o?.g()",
  "const f = null; [f?.(1), f?.(1, 2)]",
  "const o = { a: { b: () => [1, 2] } }; o.a?.b()[1]",
  "const o = { a: [{ b: 1 }] }; [o?.a[0].b, o.x?.[0].b, o.a?.[5]?.b]",
  "runName(runs[0]) + runJobType(runs[1])",
  "runs.filter((r) => r.state === \"finished\").length",
  "[runs.length, artifacts.length, project.name]",
  "const runs = [1]; runs.length",
  "const r = [runName][0]; r(runs[2])",
  "[Math.max(1, 2, 3, 4), Math.min(4, 3, 2, 1)]",
  "[parseInt(\"12\"), parseFloat(\"1.5\"), Number(\"3\"), String(4), Boolean(0)]",
  // method calls with 0 to 4 arguments on each kind of receiver
  "[\"x\".toUpperCase(), \"abc\".slice(1), \"abc\".replace(\"b\", \"x\"), \"abcdef\".substring(1, 3), \"a-b-c\".split(\"-\", 2)]",
  "const a = [1, 2, 3, 4]; const removed = a.splice(1, 2, 9, 8); [removed, a]",
  "[[1, 2, 3].fill(0, 1, 2), [3, 1, 2].reduce((a, b) => a + b, 10), [1, 2].concat([3], 4, [5, 6])]",
  "[(1.25).toFixed(1), (255).toString(16), true.toString(), new Date(0).toISOString(), new Date(0).getUTCFullYear()]",
  "[Date.UTC(2020, 1, 2, 3), Number.isInteger(5), JSON.stringify({ a: [1] }), JSON.parse(\"[1, {\\\"b\\\": 2}]\"), Math.max(1, 2)]",
  "const o = { f: (a, b, c, d) => [a, b, c, d], g: () => \"g\" }; [o.f(1, 2, 3, 4), o.g(), o[\"g\"]()]",
  "[project.runs().length, project.artifacts().length, runUser(runs[0]).username, project.name]",
  "const m = { inner: { f: (x) => x * 2 } }; m.inner.f(21)",
  // arrays with holes
  "[1, , 3]",
  "[, , ].length",
  "[1, , ...[2, 3], , 4]",
  "const a = [, 1]; [a[0], a.length]",
  // console
  "console.log(1, \"a\", [2], { b: 3 }, null, undefined); console.warn(\"w\"); console.error(\"e\", 4)",
];

describe("the evaluator agrees with V8", () => {
  for (const src of agreeing) {
    it(src, () => {
      const expected = runInV8(src, sampleFile, { now: SAMPLE_NOW });
      const actual = evaluate(src);
      expect({ value: canonical(actual.value), console: actual.console }).toEqual({ value: canonical(expected.value), console: expected.console });
    });
  }
});

interface Failure {
  src: string;
  kind: "syntax" | "type" | "runtime" | "limit";
  message: string;
  /** [line, column], 1-based. */
  at?: [number, number];
  /** V8 throws on this program too (a TypeError or a ReferenceError), where Weft's message is its own. */
  v8?: true;
}

/**
 * Programs the evaluator refuses, with the exact message and place a user sees (the checker is
 * off, so each reaches the evaluator's own refusal). `v8` marks those V8 refuses as well.
 */
const failures: Failure[] = [
  // the temporal dead zone, read and written, 0, 1 and more frames up
  { src: "x; let x = 1", kind: "runtime", message: "Cannot access 'x' before initialization", at: [1, 1], v8: true },
  { src: "const f = () => y; f(); const y = 1", kind: "runtime", message: "Cannot access 'y' before initialization", at: [1, 17], v8: true },
  { src: "{ const g = () => z; g() } const z = 1", kind: "runtime", message: "Cannot access 'z' before initialization", at: [1, 19], v8: true },
  { src: "const h = () => { const k = () => w; return k() }; h(); const w = 2", kind: "runtime", message: "Cannot access 'w' before initialization", at: [1, 35], v8: true },
  { src: "{ { const q = () => () => v; q()() } } const v = 1", kind: "runtime", message: "Cannot access 'v' before initialization", at: [1, 27], v8: true },
  { src: "x = 2; let x = 1", kind: "runtime", message: "Cannot access 'x' before initialization", at: [1, 1], v8: true },
  { src: "x += 2; let x = 1", kind: "runtime", message: "Cannot access 'x' before initialization", at: [1, 1], v8: true },
  { src: "const f = () => { y = 3 }; f(); let y = 1", kind: "runtime", message: "Cannot access 'y' before initialization", at: [1, 19], v8: true },
  { src: "const [a = b, b = 1] = []", kind: "runtime", message: "Cannot access 'b' before initialization", at: [1, 12], v8: true },
  // a loop body's names start each iteration uninitialised, though the loop reuses its frame
  { src: "for (const x of [1, 2, 3]) { if (x === 2) y; const y = x }", kind: "runtime", message: "Cannot access 'y' before initialization", at: [1, 43], v8: true },
  { src: "for (const [a = b, b] of [[1, 2], [undefined, 3]]) a", kind: "runtime", message: "Cannot access 'b' before initialization", at: [1, 17], v8: true },
  // functions of one, two and three parameters whose bodies declare more names: their slots start uninitialised too
  { src: "((a) => { const f = () => c; f(); const c = 1 })(1)", kind: "runtime", message: "Cannot access 'c' before initialization", at: [1, 27], v8: true },
  { src: "((a, b) => { const f = () => c; f(); const c = 1 })(1, 2)", kind: "runtime", message: "Cannot access 'c' before initialization", at: [1, 30], v8: true },
  { src: "((a, b, d) => { const f = () => c; f(); const c = 1 })(1, 2, 3)", kind: "runtime", message: "Cannot access 'c' before initialization", at: [1, 33], v8: true },
  { src: "(([a]) => { const f = () => c; f(); const c = 1 })([1])", kind: "runtime", message: "Cannot access 'c' before initialization", at: [1, 29], v8: true },
  // declarations
  { src: "let a = 1; let a = 2", kind: "syntax", message: "`a` is already declared in this scope", at: [1, 16] },
  { src: "const [b, b] = [1, 2]", kind: "syntax", message: "`b` is already declared in this scope", at: [1, 11] },
  { src: "((p, p) => 1)(1, 2)", kind: "syntax", message: "duplicate parameter name `p`", at: [1, 6] },
  { src: "(({ p }, [p]) => 1)({}, [])", kind: "syntax", message: "duplicate parameter name `p`", at: [1, 11] },
  { src: "({ __proto__: 1 })", kind: "syntax", message: "`__proto__` cannot be used as a key in Weft", at: [1, 4] },
  { src: "({ \"__proto__\": 1 })", kind: "syntax", message: "`__proto__` cannot be used as a key in Weft", at: [1, 4] },
  // names
  { src: "f()", kind: "type", message: "unknown name `f`", at: [1, 1] },
  { src: "runz", kind: "type", message: "unknown name `runz` (did you mean `runs`?)", at: [1, 1] },
  { src: "const alpha = 1; alpah", kind: "type", message: "unknown name `alpah` (did you mean `alpha`?)", at: [1, 18] },
  { src: "globalThis", kind: "type", message: "unknown name `globalThis` (a Weft program cannot reach the host)", at: [1, 1] },
  { src: "window.x", kind: "type", message: "unknown name `window` (a Weft program cannot reach the host)", at: [1, 1] },
  ...["process", "require", "eval", "Function", "global", "self"].map((name): Failure => ({ src: name, kind: "type", message: `unknown name \`${name}\` (a Weft program cannot reach the host)`, at: [1, 1] })),
  { src: "runs = 1", kind: "type", message: "cannot assign to `runs`: it is a builtin; declare your own with `let`", at: [1, 1] },
  { src: "artifacts = 1", kind: "type", message: "cannot assign to `artifacts`: it is a builtin; declare your own with `let`", at: [1, 1] },
  { src: "runName = 1", kind: "type", message: "cannot assign to `runName`: it is a builtin; declare your own with `let`", at: [1, 1] },
  { src: "Math = 1", kind: "type", message: "cannot assign to `Math`: it is a builtin; declare your own with `let`", at: [1, 1] },
  { src: "const c = 1; c = 2", kind: "type", message: "cannot assign to `c` because it is a constant", at: [1, 14] },
  { src: "const c = 1; c++", kind: "type", message: "cannot assign to `c` because it is a constant", at: [1, 14] },
  { src: "x = 1", kind: "type", message: "unknown name `x`", at: [1, 1] },
  { src: "runz = 1", kind: "type", message: "unknown name `runz` (did you mean `runs`?)", at: [1, 1] },
  // what cannot be iterated, destructured, spread, called or constructed
  { src: "for (const x of 5) x", kind: "runtime", message: "number is not iterable: `for … of` takes an array or a string", at: [1, 17], v8: true },
  { src: "for (const x of null) 1", kind: "runtime", message: "null is not iterable: `for … of` takes an array or a string", at: [1, 17], v8: true },
  { src: "for (const x of {}) 1", kind: "runtime", message: "object is not iterable: `for … of` takes an array or a string", at: [1, 17], v8: true },
  { src: "const [a] = 5; a", kind: "runtime", message: "number is not iterable, so it cannot be destructured as an array", at: [1, 7], v8: true },
  { src: "const [a, b] = null", kind: "runtime", message: "null is not iterable, so it cannot be destructured as an array", at: [1, 7], v8: true },
  { src: "const { a } = null; a", kind: "runtime", message: "cannot destructure null", at: [1, 7], v8: true },
  { src: "const { a } = undefined; a", kind: "runtime", message: "cannot destructure undefined", at: [1, 7], v8: true },
  { src: "const { ...r } = null", kind: "runtime", message: "cannot destructure null", at: [1, 7], v8: true },
  { src: "[...5]", kind: "runtime", message: "number is not iterable, so it cannot be spread into a list", at: [1, 2], v8: true },
  { src: "[...null]", kind: "runtime", message: "null is not iterable, so it cannot be spread into a list", at: [1, 2], v8: true },
  { src: "Math.max(...{})", kind: "runtime", message: "object is not iterable, so it cannot be spread into a list", at: [1, 10], v8: true },
  { src: "let f = 1; f()", kind: "runtime", message: "`f` is not a function (it is number)", at: [1, 12], v8: true },
  { src: "let u; u()", kind: "runtime", message: "`u` is not a function (it is undefined)", at: [1, 8], v8: true },
  { src: "let u; u(1)", kind: "runtime", message: "`u` is not a function (it is undefined)", at: [1, 8], v8: true },
  { src: "let u; u(1, 2)", kind: "runtime", message: "`u` is not a function (it is undefined)", at: [1, 8], v8: true },
  { src: "let u; u(1, 2, 3)", kind: "runtime", message: "`u` is not a function (it is undefined)", at: [1, 8], v8: true },
  { src: "let u; u(1, 2, 3, 4)", kind: "runtime", message: "`u` is not a function (it is undefined)", at: [1, 8], v8: true },
  { src: "let u; u(...[1])", kind: "runtime", message: "`u` is not a function (it is undefined)", at: [1, 8], v8: true },
  { src: "const o = { f: 1 }; o.f()", kind: "runtime", message: "`f` is not a function (it is number)", at: [1, 23], v8: true },
  { src: "runs[0].id()", kind: "runtime", message: "`id` is not a function (it is string)", at: [1, 9], v8: true },
  { src: "\"x\"(1)", kind: "runtime", message: "`\"x\"` is not a function (it is string)", at: [1, 1], v8: true },
  { src: "const o = { f: {} }; o.f.g()", kind: "runtime", message: "`g` is not a function (it is undefined)", at: [1, 26], v8: true },
  { src: "null.x()", kind: "runtime", message: "cannot call `x` of null", at: [1, 6], v8: true },
  { src: "undefined.x()", kind: "runtime", message: "cannot call `x` of undefined", at: [1, 11], v8: true },
  { src: "new Number(1)", kind: "runtime", message: "only `new Date(…)` can be constructed in Weft, not `new Number`", at: [1, 1] },
  { src: "new runName()", kind: "runtime", message: "only `new Date(…)` can be constructed in Weft, not `new runName`", at: [1, 1] },
  // conversions
  { src: "`${() => 1}`", kind: "runtime", message: "a function cannot be converted to a string or a number", at: [1, 1] },
  { src: "-(() => 1)", kind: "runtime", message: "a function cannot be converted to a string or a number", at: [1, 1] },
  { src: "+(() => 1)", kind: "runtime", message: "a function cannot be converted to a string or a number", at: [1, 1] },
  { src: "(() => 1) * 2", kind: "runtime", message: "a function cannot be converted to a string or a number", at: [1, 2] },
  { src: "(() => 1) < 2", kind: "runtime", message: "a function cannot be converted to a string or a number", at: [1, 2] },
  { src: "(() => 1) == 2", kind: "runtime", message: "a function cannot be converted to a string or a number", at: [1, 2] },
  { src: "(() => 1) != 2", kind: "runtime", message: "a function cannot be converted to a string or a number", at: [1, 2] },
  { src: "\"a\" + (() => 1)", kind: "runtime", message: "a function cannot be converted to a string or a number", at: [1, 1] },
  { src: "let s = \"a\"; s += () => 1", kind: "runtime", message: "a function cannot be converted to a string or a number", at: [1, 14] },
  { src: "let n = 1; n -= () => 1", kind: "runtime", message: "a function cannot be converted to a string or a number", at: [1, 12] },
  { src: "let f = () => 1; f++", kind: "runtime", message: "a function cannot be converted to a string or a number", at: [1, 18] },
  { src: "({ [() => 1]: 1 })", kind: "runtime", message: "a function cannot be converted to a string or a number", at: [1, 4] },
  { src: "const o = {}; o[() => 1]", kind: "runtime", message: "a function cannot be converted to a string or a number", at: [1, 17] },
  { src: "({ valueOf: () => ({}), toString: () => ({}) }) + 1", kind: "runtime", message: "Cannot convert object to primitive value", at: [1, 2], v8: true },
  // member reads
  { src: "null.x", kind: "runtime", message: "cannot read `x` of null", at: [1, 6], v8: true },
  { src: "const u = undefined; u[0]", kind: "runtime", message: "cannot read 0 of undefined", at: [1, 22], v8: true },
  { src: "({}).constructor", kind: "type", message: "`constructor` is not accessible in Weft", at: [1, 6] },
  { src: "runs.__proto__", kind: "type", message: "`__proto__` is not accessible in Weft", at: [1, 6] },
  { src: "runs.prototype", kind: "type", message: "`prototype` is not accessible in Weft", at: [1, 6] },
  { src: "runs.constructor()", kind: "type", message: "`constructor` is not accessible in Weft", at: [1, 6] },
  { src: "({ a: 1 }).toString", kind: "runtime", message: "`toString` is not accessible in Weft", at: [1, 12] },
  { src: "({ a: 1 })[\"hasOwnProperty\"]", kind: "runtime", message: "`hasOwnProperty` is not accessible in Weft", at: [1, 2] },
  { src: "[].push", kind: "runtime", message: "`push` is a method of arrays: call it, as `.push(…)`", at: [1, 4] },
  { src: "[][\"concat\"]", kind: "runtime", message: "`concat` is a method of arrays: call it, as `.concat(…)`", at: [1, 1] },
  { src: "[].__lookupGetter__", kind: "runtime", message: "`__lookupGetter__` is not accessible in Weft", at: [1, 4] },
  { src: "\"s\".charAt", kind: "runtime", message: "`charAt` is a method of strings: call it, as `.charAt(…)`", at: [1, 5] },
  { src: "\"s\".anchor", kind: "runtime", message: "`anchor` is not accessible in Weft", at: [1, 5] },
  { src: "(1).toFixed", kind: "runtime", message: "`toFixed` is a method of numbers: call it, as `.toFixed(…)`", at: [1, 5] },
  { src: "(1).__defineGetter__", kind: "runtime", message: "`__defineGetter__` is not accessible in Weft", at: [1, 5] },
  { src: "true.valueOf", kind: "runtime", message: "`valueOf` is not accessible in Weft", at: [1, 6] },
  { src: "new Date(0).getTime", kind: "runtime", message: "`getTime` is a method of Dates: call it, as `.getTime(…)`", at: [1, 13] },
  { src: "new Date(0).getYear", kind: "runtime", message: "`getYear` is not accessible in Weft", at: [1, 13] },
  { src: "true.toString", kind: "runtime", message: "`toString` is a method of booleans: call it, as `.toString(…)`", at: [1, 6] },
  { src: "Math.nope", kind: "runtime", message: "Math has no member `nope`", at: [1, 6] },
  { src: "Math.mx", kind: "runtime", message: "Math has no member `mx` (did you mean `max`?)", at: [1, 6] },
  { src: "Math.random", kind: "runtime", message: "`Math.random` is not available: a program's answer depends only on its workspace and its clock", at: [1, 6] },
  { src: "JSON.random", kind: "runtime", message: "JSON has no member `random`", at: [1, 6] },
  { src: "runName.x", kind: "runtime", message: "functions have no properties in Weft", at: [1, 9] },
  { src: "Date.nope", kind: "runtime", message: "functions have no properties in Weft (`nope` is not a member)", at: [1, 6] },
  { src: "runs[0].nme", kind: "runtime", message: "Run has no field `nme` (its fields: id, state)", at: [1, 9] },
  { src: "runs[0].stat", kind: "runtime", message: "Run has no field `stat` (did you mean `state`?)", at: [1, 9] },
  { src: "runs[0].name", kind: "runtime", message: "Run has no field `name`; use runName(run)", at: [1, 9] },
  ...Object.entries({
    name: "runName", config: "runConfig", summary: "runSummary", user: "runUser", jobType: "runJobType", createdAt: "runCreatedAt",
    heartbeatAt: "runHeartbeatAt", history: "runHistory", loggedArtifacts: "runLoggedArtifactVersions", usedArtifacts: "runUsedArtifactVersions",
  }).map(([field, op]): Failure => ({ src: `runs[0].${field}`, kind: "runtime", message: `Run has no field \`${field}\`; use ${op}(run)`, at: [1, 9] })),
  { src: "runs[0][0]", kind: "runtime", message: "Run has no field `0` (its fields: id, state)", at: [1, 1] },
  { src: "artifacts[0].versions", kind: "runtime", message: "Artifact has no field `versions`; use artifactVersions(artifact)", at: [1, 14] },
  { src: "project.runs", kind: "runtime", message: "`runs` is a method of Project: call it, as `project.runs()`", at: [1, 9] },
  { src: "project.zzz", kind: "runtime", message: "Project has no field `zzz` (its fields: name, entity)", at: [1, 9] },
  { src: "runUser(runs[0]).zzzz", kind: "runtime", message: "User has no field `zzzz` (its fields: username, name)", at: [1, 18] },
  // method calls
  { src: "(1).foo()", kind: "runtime", message: "numbers have no method `foo`", at: [1, 5] },
  { src: "true.foo()", kind: "runtime", message: "booleans have no method `foo`", at: [1, 6] },
  { src: "\"s\".chartAt(0)", kind: "runtime", message: "strings have no method `chartAt` (did you mean `charAt`?)", at: [1, 5] },
  { src: "[].pushh(1)", kind: "runtime", message: "arrays have no method `pushh` (did you mean `push`?)", at: [1, 4] },
  { src: "new Date(0).getTme()", kind: "runtime", message: "Dates have no method `getTme` (did you mean `getTime`?)", at: [1, 13] },
  { src: "runs[0].nme()", kind: "runtime", message: "Run has no field `nme` (its fields: id, state)", at: [1, 9] },
  { src: "Math.mx(1)", kind: "runtime", message: "Math has no member `mx` (did you mean `max`?)", at: [1, 6] },
  { src: "runName.call(1)", kind: "runtime", message: "functions have no properties in Weft", at: [1, 9] },
  { src: "[1].map(() => null.x)", kind: "runtime", message: "cannot read `x` of null", at: [1, 20], v8: true },
  { src: "\"abc\".repeat(-1)", kind: "runtime", message: "Invalid count value: -1", at: [1, 7], v8: true },
  // member writes
  { src: "const o = {}; o.__proto__ = 1", kind: "runtime", message: "`__proto__` cannot be set in Weft", at: [1, 15] },
  { src: "const o = {}; o[\"__proto__\"] = 1", kind: "runtime", message: "`__proto__` cannot be set in Weft", at: [1, 15] },
  { src: "const a = []; a.foo = 1", kind: "runtime", message: "an array takes only indices and `length`, not `foo`", at: [1, 15] },
  { src: "const a = []; a[-1] = 1", kind: "runtime", message: "an array takes only indices and `length`, not -1", at: [1, 15] },
  { src: "const a = []; a[1.5] = 1", kind: "runtime", message: "an array takes only indices and `length`, not 1.5", at: [1, 15] },
  { src: "const a = []; a[\"4294967295\"] = 1", kind: "runtime", message: "an array takes only indices and `length`, not `4294967295`", at: [1, 15] },
  { src: "const a = []; a[true] = 1", kind: "runtime", message: "an array takes only indices and `length`, not `true`", at: [1, 15] },
  { src: "const a = []; a.length = -1", kind: "runtime", message: "Invalid array length", at: [1, 15], v8: true },
  { src: "const a = []; a.length = 1.5", kind: "runtime", message: "Invalid array length", at: [1, 15], v8: true },
  { src: "const a = []; a.length = 4294967296", kind: "runtime", message: "Invalid array length", at: [1, 15], v8: true },
  { src: "const a = []; a.length = \"2\"", kind: "runtime", message: "Invalid array length", at: [1, 15] },
  { src: "runs[0].id = \"x\"", kind: "runtime", message: "Run fields are read-only (setting `id`)", at: [1, 1] },
  { src: "project.name = \"x\"", kind: "runtime", message: "Project fields are read-only (setting `name`)", at: [1, 1] },
  { src: "const d = new Date(0); d.x = 1", kind: "runtime", message: "cannot set properties of Date (setting `x`)", at: [1, 24] },
  { src: "Math.x = 1", kind: "runtime", message: "cannot set properties of Math (setting `x`)", at: [1, 1] },
  { src: "\"s\".x = 1", kind: "runtime", message: "cannot set properties of string (setting `x`)", at: [1, 1] },
  { src: "const f = () => 1; f[0] = 1", kind: "runtime", message: "cannot set properties of function (setting 0)", at: [1, 20] },
  { src: "null.x = 1", kind: "runtime", message: "cannot set `x` of null", at: [1, 1], v8: true },
  { src: "undefined[0] = 1", kind: "runtime", message: "cannot set 0 of undefined", at: [1, 1], v8: true },
  { src: "const o = null; o.n++", kind: "runtime", message: "cannot read `n` of null", at: [1, 17], v8: true },
  { src: "const o = undefined; o.n ??= 1", kind: "runtime", message: "cannot read `n` of undefined", at: [1, 22], v8: true },
  // limits reached by the evaluator's own work (the default limits, met by small programs)
  { src: "const f = (n) => f(n + 1); f(0)", kind: "limit", message: "calls nested more than 400 deep: is a function calling itself without end? (raise limits.maxCallDepth or --max-call-depth)" },
];

describe("the evaluator's refusals", () => {
  for (const row of failures) {
    it(row.src, () => {
      const e = thrown(() => evaluate(row.src));
      expect({ kind: e.kind, message: e.message }).toEqual({ kind: row.kind, message: row.message });
      if (row.at) expect([e.line, e.column]).toEqual(row.at);
      if (row.v8) expect(() => runInV8(row.src, sampleFile, { now: SAMPLE_NOW })).toThrow();
    });
  }
});

describe("defects found by mutation testing", () => {
  // callMethod built "<label> have no method" with the label "Project" (the other labels are
  // plurals: "arrays", "strings"), so the evaluator said "Project have no method `runz`".
  it("an unknown method of the project is reported in good English, as the checker does", () => {
    const e = thrown(() => evaluate("project.runz()"));
    expect(e.message).toBe("Project has no method `runz` (did you mean `runs`?)");
  });
});

/** Limits met by the evaluator's own work: each just at its limit (an answer) and just past it (the error). */
const limited: { src: string; limits: Partial<RunLimits>; value?: unknown; message?: string }[] = [
  { src: "const o = {}; o.a = 1; o.b = 2; Object.keys(o).length", limits: { maxObjectSize: 2 }, value: 2 },
  { src: "const o = {}; o.a = 1; o.b = 2; o.c = 3", limits: { maxObjectSize: 2 }, message: "an object would have 3 keys, over the limit of 2 (raise limits.maxObjectSize or --max-object-size)" },
  { src: "const o = { a: 1 }; o.a = 5; o.a = 6; o.b = 1; o.b = 2; Object.keys(o).length", limits: { maxObjectSize: 2 }, value: 2 },
  { src: "const o = { a: 1, b: 2 }; o.c = 3", limits: { maxObjectSize: 2 }, message: "an object would have 3 keys, over the limit of 2 (raise limits.maxObjectSize or --max-object-size)" },
  { src: "({ a: 1, b: 2 })", limits: { maxObjectSize: 2 }, value: { a: 1, b: 2 } },
  { src: "({ a: 1, b: 2, c: 3 })", limits: { maxObjectSize: 2 }, message: "an object would have 3 keys, over the limit of 2 (raise limits.maxObjectSize or --max-object-size)" },
  { src: "({ ...{ a: 1, b: 2 }, c: 3 })", limits: { maxObjectSize: 2 }, message: "an object would have 3 keys, over the limit of 2 (raise limits.maxObjectSize or --max-object-size)" },
  { src: "const a = []; a[2] = 1; a.length", limits: { maxArrayLength: 3 }, value: 3 },
  { src: "const a = []; a[3] = 1", limits: { maxArrayLength: 3 }, message: "an array would have 4 elements, over the limit of 3 (raise limits.maxArrayLength or --max-array-length)" },
  { src: "const a = [1, 2, 3]; a[1] = 5; a.length", limits: { maxArrayLength: 3 }, value: 3 },
  { src: "const a = [1, 2, 3]; a[3] = 4", limits: { maxArrayLength: 3 }, message: "an array would have 4 elements, over the limit of 3 (raise limits.maxArrayLength or --max-array-length)" },
  { src: "const a = [1, 2]; a[2] = 3; a", limits: { maxArrayLength: 3 }, value: [1, 2, 3] },
  { src: "const a = [1]; a.length = 3; a.length", limits: { maxArrayLength: 3 }, value: 3 },
  { src: "const a = [1]; a.length = 4", limits: { maxArrayLength: 3 }, message: "an array would have 4 elements, over the limit of 3 (raise limits.maxArrayLength or --max-array-length)" },
  { src: "[1, 2, 3]", limits: { maxArrayLength: 3 }, value: [1, 2, 3] },
  { src: "[1, 2, 3, 4]", limits: { maxArrayLength: 3 }, message: "an array would have 4 elements, over the limit of 3 (raise limits.maxArrayLength or --max-array-length)" },
  { src: "[1, , 3, 4]", limits: { maxArrayLength: 3 }, message: "an array would have 4 elements, over the limit of 3 (raise limits.maxArrayLength or --max-array-length)" },
  { src: "[...[1, 2], 3]", limits: { maxArrayLength: 3 }, value: [1, 2, 3] },
  { src: "[...[1, 2], ...[3, 4]]", limits: { maxArrayLength: 3 }, message: "an array would have 4 elements, over the limit of 3 (raise limits.maxArrayLength or --max-array-length)" },
  { src: "Math.max(...[1, 2], ...[3, 4])", limits: { maxArrayLength: 3 }, message: "an array would have 4 elements, over the limit of 3 (raise limits.maxArrayLength or --max-array-length)" },
  { src: "`${\"a\"}${\"b\"}`", limits: { maxStringLength: 2 }, value: "ab" },
  { src: "`${\"ab\"}${\"cd\"}`", limits: { maxStringLength: 3 }, message: "a string would be 4 characters long, over the limit of 3 (raise limits.maxStringLength or --max-string-length)" },
  { src: "\"ab\" + \"c\"", limits: { maxStringLength: 3 }, value: "abc" },
  { src: "\"ab\" + \"cd\"", limits: { maxStringLength: 3 }, message: "a string would be 4 characters long, over the limit of 3 (raise limits.maxStringLength or --max-string-length)" },
  { src: "\"ab\" + 1", limits: { maxStringLength: 2 }, message: "a string would be 3 characters long, over the limit of 2 (raise limits.maxStringLength or --max-string-length)" },
  { src: "let s = \"ab\"; s += \"c\"; s", limits: { maxStringLength: 3 }, value: "abc" },
  { src: "let s = \"ab\"; s += \"cd\"", limits: { maxStringLength: 3 }, message: "a string would be 4 characters long, over the limit of 3 (raise limits.maxStringLength or --max-string-length)" },
  { src: "const o = { s: \"ab\" }; o.s += \"cd\"", limits: { maxStringLength: 3 }, message: "a string would be 4 characters long, over the limit of 3 (raise limits.maxStringLength or --max-string-length)" },
  { src: "let n = 0; for (const x of [1, 2, 3]) n += x; n", limits: { maxSteps: 3 }, value: 6 },
  { src: "let n = 0; for (const x of [1, 2, 3, 4]) n += x; n", limits: { maxSteps: 3 }, message: "the evaluation took more than 3 steps (raise limits.maxSteps or --max-steps)" },
  { src: "const f = (x) => x; f(1); f(2); f(3)", limits: { maxSteps: 3 }, value: 3 },
  { src: "const f = (x) => x; f(1); f(2); f(3); f(4)", limits: { maxSteps: 3 }, message: "the evaluation took more than 3 steps (raise limits.maxSteps or --max-steps)" },
  { src: "const f = (a, b) => a; f(1, 2); f(1, 2); f(1, 2)", limits: { maxSteps: 3 }, value: 1 },
  { src: "const f = (a, b) => a; f(1, 2); f(1, 2); f(1, 2); f(1, 2)", limits: { maxSteps: 3 }, message: "the evaluation took more than 3 steps (raise limits.maxSteps or --max-steps)" },
  { src: "const f = (a, b, c) => a; f(1); f(1); f(1); f(1)", limits: { maxSteps: 3 }, message: "the evaluation took more than 3 steps (raise limits.maxSteps or --max-steps)" },
  { src: "const f = (n) => n === 0 ? 0 : f(n - 1); f(3)", limits: { maxCallDepth: 4 }, value: 0 },
  { src: "const f = (n) => n === 0 ? 0 : f(n - 1); f(4)", limits: { maxCallDepth: 4 }, message: "calls nested more than 4 deep: is a function calling itself without end? (raise limits.maxCallDepth or --max-call-depth)" },
  { src: "const f = (n, m) => n === 0 ? 0 : f(n - 1, m); [f(3, 0), f(3, 0), f(3, 0)]", limits: { maxCallDepth: 4 }, value: [0, 0, 0] },
  { src: "const f = (n, m) => n === 0 ? 0 : f(n - 1, m); f(4, 0)", limits: { maxCallDepth: 4 }, message: "calls nested more than 4 deep: is a function calling itself without end? (raise limits.maxCallDepth or --max-call-depth)" },
  { src: "const f = (n, m, k) => n === 0 ? 0 : f(n - 1, m, k); [f(3, 0, 0), f(3, 0, 0)]", limits: { maxCallDepth: 4 }, value: [0, 0] },
  { src: "const f = (n, m, k) => n === 0 ? 0 : f(n - 1, m, k); f(4, 0, 0)", limits: { maxCallDepth: 4 }, message: "calls nested more than 4 deep: is a function calling itself without end? (raise limits.maxCallDepth or --max-call-depth)" },
  { src: "const f = (n) => { if (n === 0) return 0; return f(n - 1) }; [f(3), f(3), f(3)]", limits: { maxCallDepth: 4 }, value: [0, 0, 0] },
  { src: "const f = ([n]) => n === 0 ? 0 : f([n - 1]); [f([3]), f([3])]", limits: { maxCallDepth: 4 }, value: [0, 0] },
];

describe("limits met by the evaluator", () => {
  for (const row of limited) {
    it(`${row.src} under ${JSON.stringify(row.limits)}`, () => {
      const run = () => compileUnchecked(row.src).run(sample, { now: SAMPLE_NOW, limits: row.limits });
      if (row.message === undefined) expect(canonical(run().value)).toEqual(canonical(row.value));
      else {
        const e = thrown(run);
        expect([e.kind, e.message]).toEqual(["limit", row.message]);
      }
    });
  }
});
