// @ts-nocheck
// map gives three arguments; a callback that needs four cannot be passed.
// expect: error 4:10 the callback takes 4 parameters, but `map` gives it 3
runs.map((r, i, all, extra) => i)
