import { LineCounter, parseDocument, isNode, type Document } from "yaml";
import type { Issue } from "./errors.js";
import { checkYamlStructure } from "./check-yaml-structure.js";
import { appendAll } from "./append-all.js";
import { parsePlainJson } from "./parse-plain-json.js";

/**
 * A parsed YAML or JSON text that can say where a field path sits in the
 * source, so validation errors point at file:line:column.
 * Plain JSON is read by JSON.parse (parse-plain-json.ts); anything else,
 * JSON with a problem included, by the YAML parser (YAML 1.2 is a superset of
 * JSON), which also gives the positions when a problem needs one.
 */
export interface ParsedDocument {
  value: unknown;
  /** Syntax errors, empty when the text parsed. */
  syntaxIssues: Issue[];
  /** Line and column (1-based) of the node at `path`, or of its nearest existing parent. */
  locate(path: readonly (string | number)[]): { line: number; column: number } | undefined;
}

export function parseDocumentText(text: string, file?: string): ParsedDocument {
  const json = parsePlainJson(text);
  if (json === undefined) return parseYamlText(text, file);
  // Positions only where a problem needs one: the YAML parser's document is built then, once.
  let full: ParsedDocument | undefined;
  const locate = (path: readonly (string | number)[]) => (text.length > MAX_LOCATED_JSON_CHARS ? undefined : (full ??= parseYamlText(text, file)).locate(path));
  return { value: json.value, syntaxIssues: [], locate };
}

/**
 * Above this many characters a plain-JSON text's problems name their field
 * path but no line: the YAML parser's document costs about 80 bytes a
 * character (850 MB for an 11 MB plan), and a 73 MB plan of wrong dates ran
 * out of memory building it.
 */
export const MAX_LOCATED_JSON_CHARS = 8_000_000;

/** The YAML parser's reading (JSON is YAML too), with its syntax problems and positions. */
function parseYamlText(text: string, file?: string): ParsedDocument {
  const lineCounter = new LineCounter();
  const issueAt = (offset: number, message: string): Issue => {
    const pos = lineCounter.linePos(offset);
    return { file, line: pos.line, column: pos.col, path: [], message: `cannot parse: ${message}` };
  };
  let doc: Document;
  try {
    // The parser's own duplicate-key check compares each key with every earlier one
    // (40,000 keys took 47 s); checkYamlStructure does it with a set instead.
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  } catch (error) {
    return failed([issueAt(0, describeParserFailure(error))]);
  }
  const syntaxIssues: Issue[] = doc.errors.map((error) => issueAt(error.pos[0], error.message.split("\n")[0]!));
  try {
    appendAll(syntaxIssues, checkYamlStructure(doc).map((problem) => issueAt(problem.offset, problem.message)));
  } catch (error) {
    return failed([...syntaxIssues, issueAt(0, describeParserFailure(error))]);
  }
  let value: unknown;
  if (syntaxIssues.length === 0) {
    try {
      // Aliases are counted and bounded by checkYamlStructure; the library's own
      // cap (100 per anchor, weighted) refused ordinary specs that reuse anchors.
      value = doc.toJS({ maxAliasCount: -1 });
    } catch (error) {
      return failed([issueAt(0, describeParserFailure(error))]);
    }
  }

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

function failed(syntaxIssues: Issue[]): ParsedDocument {
  return { value: undefined, syntaxIssues, locate: () => undefined };
}

/** A parser that gives up (e.g. nesting deep enough to exhaust the stack) is still the input's fault. */
function describeParserFailure(error: unknown): string {
  if (error instanceof RangeError) return "the document is nested too deeply";
  return error instanceof Error ? error.message.split("\n")[0]! : String(error);
}
