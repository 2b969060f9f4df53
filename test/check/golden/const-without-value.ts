// @ts-nocheck
// A const needs a value.
// expect: error 4:7 a `const` declaration needs a value: `const x = …`
const best
