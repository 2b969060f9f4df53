// @ts-nocheck
// With the sample workspace, keys some runs have are fine, even where others lack them, and the data's types never reject a program.
// workspace: sample
// expect: no diagnostics
const trained = runs.filter(r => runConfig(r).tta === true || runConfig(r).optimizer === "adamw")
trained.map(r => [runConfig(r).learning_rate, runSummary(r).val_loss, runConfig(r).optimizer * 2])
