/**
 * A generic walk over the AST, which is plain data: every node is an object with a `kind`, and
 * its children are the node-valued fields (or arrays of them). For the analyses that look at a
 * whole program before a stage runs (which names are assigned where, whether a program writes).
 */
import type * as A from "./ast.js";

/** Calls `visit` on `root` and every node below it, parents first; `visit` returning false skips a node's children. */
export function forEachNode(root: A.Node, visit: (node: A.Node) => boolean | void): void {
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (const x of v) walk(x);
      return;
    }
    if (v === null || typeof v !== "object" || !("kind" in v)) return;
    const node = v as A.Node;
    if (visit(node) === false) return;
    for (const key in node) if (key !== "span" && key !== "propertySpan") walk((node as unknown as Record<string, unknown>)[key]);
  };
  walk(root);
}
