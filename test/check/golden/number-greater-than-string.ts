// @ts-nocheck
// `number > string`, the other way round, with a string literal.
// expect: error 4:1 `>` cannot compare a number with a string
runs.map(r => runName(r)).length > "3"
