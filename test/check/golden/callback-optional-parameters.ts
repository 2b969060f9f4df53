// @ts-nocheck
// A callback may declare more parameters than it is given when the extra ones are optional or have defaults; required extras are an error.
// expect: error 5:20 the callback takes 4 parameters, but `map` gives it 3
const a = runs.map((r, i, all, extra = 0) => extra)
const b = runs.map((r, i, all, extra) => extra)
