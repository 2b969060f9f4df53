/**
 * `weft/testing`: fast-check arbitraries for property tests of Weft and of what embeds it.
 * Needs `fast-check` (a peer dependency). Uses no Node API: it runs wherever Weft's core runs.
 * docs/testing.md describes every export, with an example.
 */
export { workspace, jsonValue, type WorkspaceOptions, type WorkspaceFile } from "./workspace.js";
export { program, expression, illTypedProgram, PROGRAM_TYPES, type ProgramType, type ProgramOptions, type ExpressionOptions } from "./program.js";
export { source, sourceVariants, tokenSoup, text, garbled, type SourceOptions } from "./source.js";
export { syntaxTree, withoutSpans, type SyntaxTreeOptions } from "./syntax.js";
export { snapshot } from "./snapshot.js";
export * as vocabulary from "./vocabulary.js";
