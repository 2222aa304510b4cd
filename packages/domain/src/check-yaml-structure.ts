import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from "yaml";
import { LIMITS } from "./limits.js";

/** A problem in a parsed YAML document, at a character offset of its text. */
export interface StructureProblem {
  offset: number;
  message: string;
}

/**
 * Checks what the YAML parser leaves to us, in one pass over the document,
 * linear in its size:
 * - duplicate keys in a mapping (a set per mapping, not the parser's
 *   compare-with-every-earlier-key, which took 47 s on 40,000 keys);
 * - aliases: each must name an anchor set before it and not inside itself,
 *   and the document with every alias expanded holds at most
 *   LIMITS.maxExpandedNodes values. Reusing an anchor is fine however often;
 *   an alias bomb ("billion laughs", ten aliases of ten aliases of …) is not.
 */
export function checkYamlStructure(doc: Document): StructureProblem[] {
  const problems: StructureProblem[] = [];
  /** Latest node carrying each anchor, in document order (an alias names the latest). */
  const anchors = new Map<string, Node>();
  /** Expanded size of each finished anchored node. */
  const sizes = new Map<Node, number>();
  const open = new Set<Node>();
  let expanded = 0;
  let overflowReported = false;
  const offsetOf = (node: Node | null | undefined) => node?.range?.[0] ?? 0;

  /** Expanded size of `node`: 1 for a scalar, 1 + its children for a collection, its anchor's size for an alias. */
  const measure = (node: unknown): number => {
    if (node === null || node === undefined) return 0;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (target === undefined) {
        problems.push({ offset: offsetOf(node), message: `alias *${node.source} names no anchor &${node.source} set before it` });
        return 0;
      }
      if (open.has(target)) {
        problems.push({ offset: offsetOf(node), message: `alias *${node.source} is inside its own anchor &${node.source} (the value would contain itself)` });
        return 0;
      }
      const size = sizes.get(target) ?? 0;
      expanded += size;
      if (expanded > LIMITS.maxExpandedNodes && !overflowReported) {
        overflowReported = true;
        problems.push({
          offset: offsetOf(node),
          message: `aliases expand the document to more than ${formatCount(LIMITS.maxExpandedNodes)} values (here *${node.source} adds ${formatCount(size)}); write the values out or reuse fewer`,
        });
      }
      return size;
    }
    const anchored = isScalar(node) || isMap(node) || isSeq(node) ? node.anchor : undefined;
    if (isScalar(node)) {
      expanded += 1;
      if (anchored) {
        anchors.set(anchored, node);
        sizes.set(node, 1);
      }
      return 1;
    }
    if (!isMap(node) && !isSeq(node)) return 0;
    if (anchored) {
      anchors.set(anchored, node);
      open.add(node);
    }
    expanded += 1;
    let size = 1;
    const keys = isMap(node) ? new Set<unknown>() : undefined;
    for (const item of node.items) {
      if (isPair(item)) {
        const key = item.key as Node | null;
        if (keys && isScalar(key)) {
          if (keys.has(key.value)) problems.push({ offset: offsetOf(key), message: `Map keys must be unique (${JSON.stringify(String(key.value))} appears again)` });
          keys.add(key.value);
        }
        size += measure(key) + measure(item.value);
      } else {
        size += measure(item);
      }
      // Capped so a bomb's size stays a finite number; anything past the limit is refused anyway.
      size = Math.min(size, LIMITS.maxExpandedNodes + 1);
    }
    if (anchored) {
      open.delete(node);
      sizes.set(node, size);
    }
    return size;
  };

  measure(doc.contents);
  return problems;
}

/** 1,000,000: digits grouped by hand, not by the host's locale. */
function formatCount(n: number): string {
  const grouped = (k: number) => String(k).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return n > LIMITS.maxExpandedNodes ? `over ${grouped(LIMITS.maxExpandedNodes)}` : grouped(n);
}
