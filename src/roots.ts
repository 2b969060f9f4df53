/** The roots every evaluation sees (SPEC §2): shared by the checker and the evaluator. */
export const ROOT_NAMES = ["runs", "artifacts", "project"] as const;
