// @ts-nocheck
// A variable annotated ConfigDict is checked against the data too.
// workspace: sample
// expect: warning 6:8 no run's config has the key `epocs` (did you mean `epochs`?)
const config: ConfigDict = runConfig(runs[0])
config.epocs
