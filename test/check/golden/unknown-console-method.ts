// @ts-nocheck
// An unknown console method.
// expect: error 4:9 console has no member `lg` (did you mean `log`?)
console.lg("hello")
