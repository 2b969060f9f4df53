// @ts-nocheck
// A negative number's literal type (`-1`), as TypeScript writes it: the negated literal takes it.
// expect: error 6:15 the value is a number, but a -1 is required
const x: -1 = -1
const y: -1 | 1 = 1
const z: -1 = 1
const f = (n: -0.5 | 0.5): number => n
f(-0.5)
const zero: 0 = -0
