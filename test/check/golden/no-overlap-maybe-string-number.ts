// @ts-nocheck
// `string | undefined` against a number has no overlap: only undefined may be compared with anything.
// (A known defect of the checker once; fixed.)
// expect: error 5:15 this comparison is always false: string | undefined and number have no value in common
runs.map(r => runJobType(r) === 3)
