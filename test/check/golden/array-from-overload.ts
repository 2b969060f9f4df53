// @ts-nocheck
// Array.from over a string maps characters: `c * 2` multiplies a string.
// (A known defect of the checker once; fixed.)
// expect: error 5:24 `*` needs a number, got a string
Array.from("abc", c => c * 2)
