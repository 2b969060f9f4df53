/** Snapshots of the host (globals, prototypes, process) for tests that must leave it as it was. */

/** Host objects whose own properties (names and descriptors) no program may change. */
export const WATCHED: readonly (readonly [string, object])[] = [
  ["Object.prototype", Object.prototype],
  ["Array.prototype", Array.prototype],
  ["Function.prototype", Function.prototype],
  ["String.prototype", String.prototype],
  ["Number.prototype", Number.prototype],
  ["Boolean.prototype", Boolean.prototype],
  ["Date.prototype", Date.prototype],
  ["JSON", JSON],
  ["Math", Math],
  // Beyond the brief: the constructors whose statics the payloads name.
  ["Object", Object],
  ["Array", Array],
  ["String", String],
  ["Number", Number],
  ["Date", Date],
  ["Function", Function],
];

export interface HostShot {
  readonly globals: readonly string[];
  readonly props: ReadonlyMap<string, PropertyDescriptor>;
  readonly literalProto: object | null;
  readonly env: readonly string[];
  readonly exitCode: unknown;
  readonly cwd: string;
}

export function hostShot(): HostShot {
  const props = new Map<string, PropertyDescriptor>();
  for (const [name, obj] of WATCHED) {
    for (const key of Reflect.ownKeys(obj)) props.set(`${name}.${String(key)}`, Object.getOwnPropertyDescriptor(obj, key)!);
  }
  return {
    globals: Object.getOwnPropertyNames(globalThis).sort(),
    props,
    literalProto: Object.getPrototypeOf({}) as object | null,
    env: Object.keys(process.env).sort(),
    exitCode: process.exitCode,
    cwd: process.cwd(),
  };
}

/** What changed between two host snapshots, one line per difference. */
export function hostChanges(a: HostShot, b: HostShot): string[] {
  const out: string[] = [];
  const listDiff = (what: string, x: readonly string[], y: readonly string[]) => {
    for (const k of y) if (!x.includes(k)) out.push(`${what}: added ${k}`);
    for (const k of x) if (!y.includes(k)) out.push(`${what}: removed ${k}`);
  };
  listDiff("globalThis", a.globals, b.globals);
  for (const key of new Set([...a.props.keys(), ...b.props.keys()])) {
    const d0 = a.props.get(key);
    const d1 = b.props.get(key);
    if (!d0 || !d1) {
      out.push(`${key}: ${d0 ? "removed" : "added"}`);
      continue;
    }
    for (const f of ["value", "get", "set", "writable", "enumerable", "configurable"] as const) {
      if (!Object.is(d0[f], d1[f])) out.push(`${key}: its ${f} changed`);
    }
  }
  if (a.literalProto !== b.literalProto) out.push("Object.getPrototypeOf({}) changed");
  listDiff("process.env", a.env, b.env);
  if (!Object.is(a.exitCode, b.exitCode)) out.push(`process.exitCode changed to ${String(b.exitCode)}`);
  if (a.cwd !== b.cwd) out.push(`process.cwd() changed to ${b.cwd}`);
  return out;
}
