/**
 * The words the generators share: the workspace generator draws its keys, names and states from
 * these lists (and from random strings), and the program generator reads the same keys, so that
 * generated programs meet both present and missing values.
 */

/** Summary keys a generated run may have (each one is present or absent at random). */
export const SUMMARY_KEYS = ["accuracy", "val_loss", "loss", "f1", "precision"] as const;
/** Numeric config keys. */
export const CONFIG_NUMBER_KEYS = ["learning_rate", "batch_size", "epochs", "dropout"] as const;
/** String config keys. */
export const CONFIG_STRING_KEYS = ["optimizer", "model"] as const;
/** Keys that name something on `Object.prototype` or an array: plain data in a workspace, and a classic trap. */
export const TRAP_KEYS = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "length", "0"] as const;
/** History columns besides `_step`. */
export const HISTORY_KEYS = ["loss", "accuracy", "lr"] as const;

export const ARTIFACT_NAMES = ["model", "training-data", "evaluation", "checkpoint", "preprocessor"] as const;
export const ARTIFACT_TYPES = ["model", "dataset", "evaluation", "preprocessing"] as const;
/** Aliases; `v1` is an alias that reads like a version number on purpose. */
export const ALIASES = ["latest", "best", "production", "staging", "v1"] as const;
export const USERNAMES = ["john_doe", "alice_chen", "priya_patel"] as const;
export const STATES = ["finished", "running", "crashed", "failed"] as const;
export const JOB_TYPES = ["train", "eval", "sweep", "preprocess"] as const;
export const OPTIMIZERS = ["adam", "adamw", "sgd"] as const;
export const MODELS = ["resnet50", "vit-b16", "convnext-tiny"] as const;
