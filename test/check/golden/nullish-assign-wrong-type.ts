// @ts-nocheck
// `??=` assigns: the value must fit the variable's declared type.
// expect: error 5:9 the value is a number, but string | undefined is required
let job = runJobType(runs[0])
job ??= 42
