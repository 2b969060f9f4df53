// @ts-nocheck
// A value that cannot be iterated is reported once for the whole array pattern; a tuple's rest takes the remaining elements.
// expect: error 7:7 an array pattern needs an array or a string, not a number
// expect: error 8:7 an array pattern needs an array or a string, not a number
const t: [number, string, boolean] = [1, "a", true]
const [n, ...others] = t
const [a, ...r] = 5
const [b, c] = 5
const o: string | boolean = others[0]
n.toFixed(1)
