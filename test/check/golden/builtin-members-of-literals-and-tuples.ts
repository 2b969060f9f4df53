// @ts-nocheck
// A boolean or number literal's unknown property names its kind; a tuple's unknown method is an array's; calling a dangerous name is refused.
// expect: error 11:5 booleans have no property `foo`
// expect: error 12:5 booleans have no method `toFixed`
// expect: error 14:5 numbers have no property `foo`
// expect: error 16:6 arrays have no method `foo`
// expect: error 17:6 `constructor` is not accessible in Weft
// expect: error 19:20 the value is string | number, but a boolean is required
// expect: error 21:6 booleans have no method `toFixed`
const yes: true = true
yes.foo
yes.toFixed()
const one: 1 = 1
one.foo
const pair: [number, string] = [1, "a"]
pair.foo()
runs.constructor()
const u: string[] | number[] = runs.length > 0 ? ["a"] : [1]
const b: boolean = u[0]
const flag: boolean = runs.length > 0
flag.toFixed()
