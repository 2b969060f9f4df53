// @ts-nocheck
// An object literal's property values are typed by the expected object type: an arrow's parameters take their types from it.
// expect: error 4:68 strings have no property `lenght` (did you mean `length`?)
const handlers: { name: (s: string) => number } = { name: (s) => s.lenght }
