// @ts-nocheck
// Inside its body, a parameter with a default is never undefined (TypeScript drops `undefined` from its type, not `null`); callers may still pass undefined. An optional parameter without a default may be undefined.
// expect: warning 6:57 the value may be null, but a number is required
// expect: warning 8:47 the value may be undefined, but a number is required
const f = (x: number | undefined = 5) => { const s: number = x; return s }
const g = (y: number | null = 5) => { const t: number = y; return t }
const a = f(undefined)
const h = (z?: number) => { const u: number = z; return u }
