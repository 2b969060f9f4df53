// @ts-nocheck
// Where a tuple or an array is expected, an array literal that fits the tuple is the tuple, one that fits the array the array, and one that fits neither is an error.
// expect: error 6:46 the value is (string | number)[], but [number, string] | number[] is required
const pair: [number, string] | number[] = [1, "a"]
const many: [number, string] | number[] = [1, 2, 3]
const neither: [number, string] | number[] = ["a", 1]
