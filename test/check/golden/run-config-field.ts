// @ts-nocheck
// `run.config` is not a field: the message points to runConfig(run).
// expect: error 4:20 Run has no field `config`; use runConfig(run)
runs.filter(r => r.config.learning_rate > 0.01)
