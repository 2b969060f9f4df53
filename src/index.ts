/** Weft's public API (SPEC §4b). */
export { compile, check, type Program, type CompileOptions, type RunOptions, type RunResult } from "./api.js";
export { type Diagnostic, diagnosticJson } from "./check/diagnostics.js";
export { loadWorkspace } from "./workspace/load.js";
export { WeftError, type ErrorKind, type ConsoleEntry } from "./errors.js";
export { Workspace, Run, Artifact, ArtifactVersion, User, Project, DICTIONARY_PROTOTYPE, isDictionary } from "./workspace/entities.js";
export { DEFAULT_RUN_LIMITS, DEFAULT_COMPILE_LIMITS, type RunLimits, type CompileLimits } from "./limits.js";
export { toJsonValue } from "./output.js";
export { renderError } from "./diagnostics.js";
export type * as ast from "./ast.js";
export { Session, type SessionOptions } from "./session.js";
