/** String, number and Date methods, with JavaScript's semantics; Dates answer in UTC. */
import { active } from "../../src/runtime/active.js";
import { dateToDateString, dateToString, dateToTimeString, toNumber, toStr, type Value } from "../../src/runtime/values.js";
import { byName, method, type MethodEntry } from "../registry.js";
import { callback, host, optNum, optStr } from "./coerce.js";

const S = String.prototype;

function checked(s: string): string {
  return active().checkString(s);
}

export const stringMethods = byName<MethodEntry>([
  method("includes", "(search: string, position?: number) => boolean", "Whether `search` occurs in the string.", (s: string, x: Value, p: Value) => S.includes.call(s, toStr(x), optNum(p))),
  method("startsWith", "(search: string, position?: number) => boolean", "Whether the string starts with `search`.", (s: string, x: Value, p: Value) => S.startsWith.call(s, toStr(x), optNum(p))),
  method("endsWith", "(search: string, length?: number) => boolean", "Whether the string ends with `search`.", (s: string, x: Value, p: Value) => S.endsWith.call(s, toStr(x), optNum(p))),
  method("indexOf", "(search: string, position?: number) => number", "The first index of `search`, or -1.", (s: string, x: Value, p: Value) => S.indexOf.call(s, toStr(x), optNum(p))),
  method("lastIndexOf", "(search: string, position?: number) => number", "The last index of `search`, or -1.", (s: string, x: Value, p: Value) => S.lastIndexOf.call(s, toStr(x), optNum(p))),
  method("split", "(separator?: string, limit?: number) => string[]", "The pieces between occurrences of `separator` (a string).", (s: string, sep: Value, limit: Value) => {
    const parts = s.split(optStr(sep) as string, optNum(limit));
    active().checkArrayLength(parts.length);
    active().addSteps(parts.length);
    return parts;
  }),
  method("slice", "(start?: number, end?: number) => string", "The characters from `start` up to, not including, `end`; negative indices count from the end.", (s: string, a: Value, b: Value) => S.slice.call(s, optNum(a), optNum(b))),
  method("substring", "(start: number, end?: number) => string", "The characters between `start` and `end`.", (s: string, a: Value, b: Value) => S.substring.call(s, toNumber(a), optNum(b))),
  method("charAt", "(index: number) => string", "The character at `index`, or `\"\"`.", (s: string, i: Value) => S.charAt.call(s, optNum(i) as number)),
  method("charCodeAt", "(index: number) => number", "The UTF-16 code unit at `index`, or NaN.", (s: string, i: Value) => S.charCodeAt.call(s, optNum(i) as number)),
  method("codePointAt", "(index: number) => number | undefined", "The Unicode code point at `index`, or `undefined`.", (s: string, i: Value) => S.codePointAt.call(s, optNum(i) as number)),
  method("at", "(index: number) => string | undefined", "The character at `index`; a negative index counts from the end.", (s: string, i: Value) => S.at.call(s, toNumber(i))),
  method("toUpperCase", "() => string", "The string in upper case.", (s: string) => s.toUpperCase()),
  method("toLowerCase", "() => string", "The string in lower case.", (s: string) => s.toLowerCase()),
  method("trim", "() => string", "The string without leading and trailing white space.", (s: string) => s.trim()),
  method("trimStart", "() => string", "The string without leading white space.", (s: string) => s.trimStart()),
  method("trimEnd", "() => string", "The string without trailing white space.", (s: string) => s.trimEnd()),
  method("replace", "(search: string, replacement: string | ((match: string, ...rest: any[]) => string)) => string", "The string with the first occurrence of `search` replaced.", (s: string, search: Value, r: Value) =>
    checked(typeof r === "function" ? s.replace(toStr(search), (...a: string[]) => toStr(callback(r, "replace")(...a))) : s.replace(toStr(search), toStr(r))),
  ),
  method("replaceAll", "(search: string, replacement: string | ((match: string, ...rest: any[]) => string)) => string", "The string with every occurrence of `search` replaced.", (s: string, search: Value, r: Value) =>
    checked(typeof r === "function" ? s.replaceAll(toStr(search), (...a: string[]) => toStr(callback(r, "replaceAll")(...a))) : s.replaceAll(toStr(search), toStr(r))),
  ),
  method("padStart", "(length: number, fill?: string) => string", "The string padded at the start to `length`.", (s: string, n: Value, f: Value) => {
    active().checkStringLength(toNumber(n));
    return S.padStart.call(s, toNumber(n), optStr(f));
  }),
  method("padEnd", "(length: number, fill?: string) => string", "The string padded at the end to `length`.", (s: string, n: Value, f: Value) => {
    active().checkStringLength(toNumber(n));
    return S.padEnd.call(s, toNumber(n), optStr(f));
  }),
  method("repeat", "(count: number) => string", "The string repeated `count` times.", (s: string, n: Value) => {
    const count = toNumber(n);
    if (count > 0 && s.length > 0) active().checkStringLength(s.length * count);
    return host(() => S.repeat.call(s, count));
  }),
  method("concat", "(...strings: string[]) => string", "The string followed by the others.", (s: string, ...rest: Value[]) => checked(s + rest.map(toStr).join(""))),
  method("localeCompare", "(other: string, locales?: string, options?: object) => number", "Negative, zero or positive as the string sorts before, with, or after `other`.", (s: string, o: Value, l: Value, opts: Value) =>
    host(() => s.localeCompare(toStr(o), optStr(l), opts as Intl.CollatorOptions | undefined)),
  ),
  method("toString", "() => string", "The string itself.", (s: string) => s),
]);

export const numberMethods = byName<MethodEntry>([
  method("toFixed", "(digits?: number) => string", "The number in fixed-point notation with `digits` decimals.", (n: number, d: Value) => host(() => n.toFixed(optNum(d)))),
  method("toPrecision", "(precision?: number) => string", "The number with `precision` significant digits.", (n: number, p: Value) => host(() => n.toPrecision(optNum(p)))),
  method("toString", "(radix?: number) => string", "The number as a string, in base `radix` (default 10).", (n: number, r: Value) => host(() => n.toString(optNum(r)))),
  method("toLocaleString", "(locales?: string, options?: object) => string", "The number formatted for a locale.", (n: number, l: Value, o: Value) => host(() => n.toLocaleString(optStr(l), o as Intl.NumberFormatOptions | undefined))),
]);

export const booleanMethods = byName<MethodEntry>([
  method("toString", "() => string", "`\"true\"` or `\"false\"`.", (b: boolean) => String(b)),
]);

function setter(name: string, apply: (d: Date, args: number[]) => number): MethodEntry {
  return method(name, "(...values: number[]) => number", `Sets the date's fields as \`${name}\` does, in UTC; returns the new time in milliseconds.`, (d: Date, ...args: Value[]) => apply(d, args.map(toNumber)), true);
}

const withUtc = (options: Value): Intl.DateTimeFormatOptions => ({ timeZone: "UTC", ...(options as object | undefined) });

export const dateMethods = byName<MethodEntry>([
  method("getTime", "() => number", "Milliseconds since 1970-01-01T00:00:00Z.", (d: Date) => d.getTime()),
  method("valueOf", "() => number", "Milliseconds since 1970-01-01T00:00:00Z.", (d: Date) => d.getTime()),
  method("getFullYear", "() => number", "The year (UTC).", (d: Date) => d.getUTCFullYear()),
  method("getMonth", "() => number", "The month, 0–11 (UTC).", (d: Date) => d.getUTCMonth()),
  method("getDate", "() => number", "The day of the month, 1–31 (UTC).", (d: Date) => d.getUTCDate()),
  method("getDay", "() => number", "The day of the week, 0 (Sunday)–6 (UTC).", (d: Date) => d.getUTCDay()),
  method("getHours", "() => number", "The hour, 0–23 (UTC).", (d: Date) => d.getUTCHours()),
  method("getMinutes", "() => number", "The minutes (UTC).", (d: Date) => d.getUTCMinutes()),
  method("getSeconds", "() => number", "The seconds (UTC).", (d: Date) => d.getUTCSeconds()),
  method("getMilliseconds", "() => number", "The milliseconds (UTC).", (d: Date) => d.getUTCMilliseconds()),
  method("getUTCFullYear", "() => number", "The year (UTC).", (d: Date) => d.getUTCFullYear()),
  method("getUTCMonth", "() => number", "The month, 0–11 (UTC).", (d: Date) => d.getUTCMonth()),
  method("getUTCDate", "() => number", "The day of the month (UTC).", (d: Date) => d.getUTCDate()),
  method("getUTCDay", "() => number", "The day of the week (UTC).", (d: Date) => d.getUTCDay()),
  method("getUTCHours", "() => number", "The hour (UTC).", (d: Date) => d.getUTCHours()),
  method("getUTCMinutes", "() => number", "The minutes (UTC).", (d: Date) => d.getUTCMinutes()),
  method("getUTCSeconds", "() => number", "The seconds (UTC).", (d: Date) => d.getUTCSeconds()),
  method("getUTCMilliseconds", "() => number", "The milliseconds (UTC).", (d: Date) => d.getUTCMilliseconds()),
  method("getTimezoneOffset", "() => number", "Always 0: Weft's dates are in UTC.", () => 0),
  setter("setDate", (d, [a]) => d.setUTCDate(a!)),
  setter("setFullYear", (d, a) => (Date.prototype.setUTCFullYear as (...x: number[]) => number).apply(d, a)),
  setter("setMonth", (d, a) => (Date.prototype.setUTCMonth as (...x: number[]) => number).apply(d, a)),
  setter("setHours", (d, a) => (Date.prototype.setUTCHours as (...x: number[]) => number).apply(d, a)),
  setter("setMinutes", (d, a) => (Date.prototype.setUTCMinutes as (...x: number[]) => number).apply(d, a)),
  setter("setSeconds", (d, a) => (Date.prototype.setUTCSeconds as (...x: number[]) => number).apply(d, a)),
  setter("setMilliseconds", (d, [a]) => d.setUTCMilliseconds(a!)),
  setter("setTime", (d, [a]) => d.setTime(a!)),
  setter("setUTCDate", (d, [a]) => d.setUTCDate(a!)),
  setter("setUTCFullYear", (d, a) => (Date.prototype.setUTCFullYear as (...x: number[]) => number).apply(d, a)),
  setter("setUTCMonth", (d, a) => (Date.prototype.setUTCMonth as (...x: number[]) => number).apply(d, a)),
  setter("setUTCHours", (d, a) => (Date.prototype.setUTCHours as (...x: number[]) => number).apply(d, a)),
  setter("setUTCMinutes", (d, a) => (Date.prototype.setUTCMinutes as (...x: number[]) => number).apply(d, a)),
  setter("setUTCSeconds", (d, a) => (Date.prototype.setUTCSeconds as (...x: number[]) => number).apply(d, a)),
  setter("setUTCMilliseconds", (d, [a]) => d.setUTCMilliseconds(a!)),
  method("toISOString", "() => string", "`2026-10-01T00:00:00.000Z`. An invalid date is an error.", (d: Date) => host(() => d.toISOString())),
  method("toJSON", "() => string | null", "The ISO string, or null for an invalid date.", (d: Date) => d.toJSON()),
  method("toDateString", "() => string", "`Thu Oct 01 2026` (UTC).", (d: Date) => dateToDateString(d)),
  method("toTimeString", "() => string", "`00:00:00 GMT+0000 (Coordinated Universal Time)`.", (d: Date) => dateToTimeString(d)),
  method("toString", "() => string", "`Thu Oct 01 2026 00:00:00 GMT+0000 (Coordinated Universal Time)`.", (d: Date) => dateToString(d)),
  method("toUTCString", "() => string", "`Thu, 01 Oct 2026 00:00:00 GMT`.", (d: Date) => d.toUTCString()),
  method("toLocaleDateString", "(locales?: string, options?: object) => string", "The date formatted for a locale, in UTC.", (d: Date, l: Value, o: Value) => host(() => d.toLocaleDateString(optStr(l), withUtc(o)))),
  method("toLocaleTimeString", "(locales?: string, options?: object) => string", "The time formatted for a locale, in UTC.", (d: Date, l: Value, o: Value) => host(() => d.toLocaleTimeString(optStr(l), withUtc(o)))),
  method("toLocaleString", "(locales?: string, options?: object) => string", "The date and time formatted for a locale, in UTC.", (d: Date, l: Value, o: Value) => host(() => d.toLocaleString(optStr(l), withUtc(o)))),
]);
