// @ts-nocheck
// Iterating `number[] | string` gives a `number | string` at each step.
// expect: error 6:21 the value is number | string, but a number is required
const xs: number[] | string = JSON.parse("[1]")
for (const x of xs) {
  const n: number = x
}
