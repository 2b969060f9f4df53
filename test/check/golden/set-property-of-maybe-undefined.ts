// @ts-nocheck
// Writing through a value that may be undefined is a warning, as reading through one is (SPEC §1).
// expect: warning 6:1 this may be undefined, which has no properties to set
// expect: warning 7:1 this may be undefined, which has no properties to set
const row = [{ n: 1 }].find((x) => x.n > 0)
row.n = 2
row.n += 1
