/** Array methods, with JavaScript's semantics. The host's own methods run them where no conversion of a program's value is involved. */
import { active } from "../../src/runtime/active.js";
import { joinArray, toNumber, toStr, type Value } from "../../src/runtime/values.js";
import { byName, method, type MethodEntry } from "../registry.js";
import { callback, host, inChunks, optNum } from "./coerce.js";

type Arr = Value[];
type Fn = (...args: Value[]) => Value;
const P = Array.prototype;

/** `flat`, written out so that each element visited is a step and the result's length is checked as it grows. */
function flatten(xs: Arr, depth: number, out: Value[]): void {
  const ctx = active();
  for (let i = 0; i < xs.length; i++) {
    if (!(i in xs)) continue;
    ctx.step();
    const x = xs[i];
    if (depth >= 1 && Array.isArray(x)) flatten(x, depth - 1, out);
    else {
      out.push(x);
      if (out.length > ctx.limits.maxArrayLength) ctx.checkArrayLength(out.length);
    }
  }
}

/** Counts the elements a builtin visits, so that large arrays cost steps too. */
function visit(n: number): void {
  active().addSteps(n);
}

function grown<A extends Arr>(a: A): A {
  active().checkArrayLength(a.length);
  return a;
}

/** The comparison `sort` uses without a comparator: by each element's string form, `undefined` last. */
function defaultCompare(a: Value, b: Value): number {
  const x = toStr(a);
  const y = toStr(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function comparator(v: Value): (a: Value, b: Value) => number {
  if (v === undefined) return defaultCompare;
  const f = callback(v, "sort");
  return (a, b) => toNumber(f(a, b));
}

function withCallback(name: string, run: (self: Arr, f: Fn) => Value): MethodEntry["impl"] {
  return (self: Arr, f: Value) => run(self, callback(f, name));
}

export const arrayMethods = byName<MethodEntry>([
  method("filter", "(predicate: (value: T, index: number, array: T[]) => unknown) => T[]", "The elements for which `predicate` returns a truthy value.", withCallback("filter", (s, f) => P.filter.call(s, f))),
  method("map", "<U>(callback: (value: T, index: number, array: T[]) => U) => U[]", "A new array of what `callback` returns for each element.", withCallback("map", (s, f) => P.map.call(s, f))),
  method("forEach", "(callback: (value: T, index: number, array: T[]) => unknown) => undefined", "Calls `callback` for each element.", withCallback("forEach", (s, f) => P.forEach.call(s, f))),
  method("some", "(predicate: (value: T, index: number, array: T[]) => unknown) => boolean", "Whether `predicate` is truthy for some element.", withCallback("some", (s, f) => P.some.call(s, f))),
  method("every", "(predicate: (value: T, index: number, array: T[]) => unknown) => boolean", "Whether `predicate` is truthy for every element.", withCallback("every", (s, f) => P.every.call(s, f))),
  method("find", "(predicate: (value: T, index: number, array: T[]) => unknown) => T | undefined", "The first element for which `predicate` is truthy, or `undefined`.", withCallback("find", (s, f) => P.find.call(s, f))),
  method("findIndex", "(predicate: (value: T, index: number, array: T[]) => unknown) => number", "The index of the first element for which `predicate` is truthy, or -1.", withCallback("findIndex", (s, f) => P.findIndex.call(s, f))),
  method("findLast", "(predicate: (value: T, index: number, array: T[]) => unknown) => T | undefined", "The last element for which `predicate` is truthy, or `undefined`.", withCallback("findLast", (s, f) => P.findLast.call(s, f))),
  method("findLastIndex", "(predicate: (value: T, index: number, array: T[]) => unknown) => number", "The index of the last element for which `predicate` is truthy, or -1.", withCallback("findLastIndex", (s, f) => P.findLastIndex.call(s, f))),
  method(
    "reduce",
    ["(callback: (accumulator: T, value: T, index: number, array: T[]) => T) => T", "<U>(callback: (accumulator: U, value: T, index: number, array: T[]) => U, initialValue: U) => U"],
    "Folds the array from the left. Without `initialValue`, the first element starts the fold; an empty array is then an error.",
    (self: Arr, f: Value, ...init: Value[]) => host(() => (init.length > 0 ? self.reduce(callback(f, "reduce") as never, init[0]) : self.reduce(callback(f, "reduce") as never))),
  ),
  method(
    "reduceRight",
    ["(callback: (accumulator: T, value: T, index: number, array: T[]) => T) => T", "<U>(callback: (accumulator: U, value: T, index: number, array: T[]) => U, initialValue: U) => U"],
    "Folds the array from the right.",
    (self: Arr, f: Value, ...init: Value[]) => host(() => (init.length > 0 ? self.reduceRight(callback(f, "reduceRight") as never, init[0]) : self.reduceRight(callback(f, "reduceRight") as never))),
  ),
  method("flatMap", "<U>(callback: (value: T, index: number, array: T[]) => U | U[]) => U[]", "Maps each element and flattens the result one level.", withCallback("flatMap", (s, f) => grown(P.flatMap.call(s, f)))),
  method(
    "sort",
    "(compare?: (a: T, b: T) => number) => T[]",
    "Sorts the array in place and returns it. Without `compare`, elements sort by their string form.",
    (self: Arr, cmp: Value) => {
      visit(self.length);
      return host(() => self.sort(comparator(cmp)));
    },
    true,
  ),
  method("toSorted", "(compare?: (a: T, b: T) => number) => T[]", "A sorted copy of the array.", (self: Arr, cmp: Value) => {
    visit(self.length);
    return host(() => P.toSorted.call(self, comparator(cmp)));
  }),
  method("reverse", "() => T[]", "Reverses the array in place and returns it.", (self: Arr) => host(() => self.reverse()), true),
  method("toReversed", "() => T[]", "A reversed copy of the array.", (self: Arr) => P.toReversed.call(self)),
  method("slice", "(start?: number, end?: number) => T[]", "The elements from `start` up to, not including, `end`.", (self: Arr, start: Value, end: Value) => {
    visit(self.length);
    return P.slice.call(self, optNum(start), optNum(end));
  }),
  method("at", "(index: number) => T | undefined", "The element at `index`; a negative index counts from the end.", (self: Arr, i: Value) => P.at.call(self, toNumber(i))),
  method("join", "(separator?: string) => string", "The elements' string forms joined by `separator` (default `,`).", (self: Arr, sep: Value) => {
    visit(self.length);
    return active().checkString(joinArray(self, sep === undefined ? "," : toStr(sep)));
  }),
  method("toString", "() => string", "The elements' string forms joined by commas.", (self: Arr) => {
    visit(self.length);
    return active().checkString(joinArray(self, ","));
  }),
  method("includes", "(value: T, fromIndex?: number) => boolean", "Whether the array contains `value` (NaN finds NaN).", (self: Arr, x: Value, from: Value) => {
    visit(self.length);
    return P.includes.call(self, x, optNum(from));
  }),
  method("indexOf", "(value: T, fromIndex?: number) => number", "The first index of `value` (by `===`), or -1.", (self: Arr, x: Value, from: Value) => {
    visit(self.length);
    return P.indexOf.call(self, x, optNum(from));
  }),
  method("lastIndexOf", "(value: T, fromIndex?: number) => number", "The last index of `value` (by `===`), or -1.", (self: Arr, x: Value, ...from: Value[]) => {
    visit(self.length);
    return from.length > 0 ? P.lastIndexOf.call(self, x, toNumber(from[0])) : P.lastIndexOf.call(self, x);
  }),
  method("concat", "(...items: (T | T[])[]) => T[]", "A new array of this array's elements followed by the items (arrays are spread).", (self: Arr, ...items: Value[]) => {
    let n = self.length;
    for (const item of items) n += Array.isArray(item) ? item.length : 1;
    active().checkArrayLength(n);
    visit(n);
    return inChunks(items, self, (out, chunk) => P.concat.apply(out, chunk as Value[]));
  }),
  method("flat", "(depth?: number) => any[]", "A new array with nested arrays flattened `depth` levels (default 1).", (self: Arr, depth: Value) => {
    const d = optNum(depth) ?? 1;
    const out: Value[] = [];
    flatten(self, Number.isNaN(d) ? 0 : Math.trunc(d), out);
    return out;
  }),
  method("push", "(...items: T[]) => number", "Appends the items; returns the new length.", (self: Arr, ...items: Value[]) => {
    active().checkArrayLength(self.length + items.length);
    // An array a program may write to is its own and unfrozen, under the length limit: push cannot fail.
    return items.length === 1 ? self.push(items[0]) : inChunks(items, 0, (_, chunk) => P.push.apply(self, chunk as Value[]));
  }, true),
  method("pop", "() => T | undefined", "Removes and returns the last element.", (self: Arr) => host(() => self.pop()), true),
  method("shift", "() => T | undefined", "Removes and returns the first element.", (self: Arr) => {
    visit(self.length);
    return host(() => self.shift());
  }, true),
  method("unshift", "(...items: T[]) => number", "Prepends the items; returns the new length.", (self: Arr, ...items: Value[]) => {
    active().checkArrayLength(self.length + items.length);
    visit(self.length);
    // Last chunk first, each to the front: the items end up in order.
    return host(() => inChunks(items.slice().reverse(), 0, (_, chunk) => P.unshift.apply(self, (chunk as Value[]).slice().reverse())));
  }, true),
  method("splice", "(start: number, deleteCount?: number, ...items: T[]) => T[]", "Removes `deleteCount` elements at `start`, inserts the items there, and returns the removed elements.", (self: Arr, ...args: Value[]) => {
    active().checkArrayLength(self.length + Math.max(0, args.length - 2));
    visit(self.length);
    const [start, count, ...items] = args;
    if (args.length === 0) return host(() => self.splice(0, 0));
    if (args.length === 1) return host(() => self.splice(toNumber(start)));
    if (items.length <= 8192) return host(() => self.splice(toNumber(start), toNumber(count), ...items));
    // Many items (a spread of a long array): remove first, then insert them in chunks where the removal began.
    const length = self.length;
    const relative = Math.trunc(toNumber(start)) || 0;
    const at = relative < 0 ? Math.max(length + relative, 0) : Math.min(relative, length);
    const removed = host(() => self.splice(at, toNumber(count)));
    inChunks(items, at, (position, chunk) => {
      self.splice(position, 0, ...chunk);
      return position + chunk.length;
    });
    return removed;
  }, true),
  method("fill", "(value: T, start?: number, end?: number) => T[]", "Sets elements from `start` to `end` to `value`, in place.", (self: Arr, v: Value, start: Value, end: Value) => {
    visit(self.length);
    return host(() => self.fill(v, optNum(start), optNum(end)));
  }, true),
]);
