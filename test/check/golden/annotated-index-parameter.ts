// @ts-nocheck
// filter gives its callback a number index, not a string.
// (A known defect of the checker once; fixed.)
// expect: error 5:25 the parameter `i` is declared string, but it is given a number
runs.filter((r: Run, i: string) => i.length > 0)
