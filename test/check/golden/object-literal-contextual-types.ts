// @ts-nocheck
// An object literal's property values are typed by the expected object type (the object member of a union): an arrow's parameters take their types from it.
// expect: error 5:68 strings have no property `lenght` (did you mean `length`?)
// expect: error 6:74 strings have no property `lenght` (did you mean `length`?)
const handlers: { name: (s: string) => number } = { name: (s) => s.lenght }
const maybe: number | { name: (s: string) => number } = { name: (s) => s.lenght }
