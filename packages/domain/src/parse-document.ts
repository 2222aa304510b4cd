import { LineCounter, parseDocument, isNode, type Document } from "yaml";
import type { Issue } from "./errors.js";

/**
 * A parsed YAML or JSON text that can say where a field path sits in the
 * source, so validation errors point at file:line:column.
 * JSON is parsed by the YAML parser too (YAML 1.2 is a superset of JSON).
 */
export interface ParsedDocument {
  value: unknown;
  /** Syntax errors, empty when the text parsed. */
  syntaxIssues: Issue[];
  /** Line and column (1-based) of the node at `path`, or of its nearest existing parent. */
  locate(path: readonly (string | number)[]): { line: number; column: number } | undefined;
}

export function parseDocumentText(text: string, file?: string): ParsedDocument {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const syntaxIssues: Issue[] = doc.errors.map((error) => {
    const pos = lineCounter.linePos(error.pos[0]);
    return {
      file,
      line: pos.line,
      column: pos.col,
      path: [],
      message: `cannot parse: ${error.message.split("\n")[0]}`,
    };
  });
  const value = syntaxIssues.length > 0 ? undefined : doc.toJS({ maxAliasCount: 100 });

  return {
    value,
    syntaxIssues,
    locate(path) {
      for (let depth = path.length; depth >= 0; depth--) {
        const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
        if (isNode(node) && node.range) {
          const pos = lineCounter.linePos(node.range[0]);
          return { line: pos.line, column: pos.col };
        }
      }
      return undefined;
    },
  };
}
