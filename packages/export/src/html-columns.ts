/**
 * Column widths of the report's tables, fixed before the text is seen, so a
 * long title or unit in one column cannot squeeze its neighbours: with the
 * browser's automatic layout and `overflow-wrap: anywhere`, a 序号 column
 * shrank to one character a line on printing.
 */

/** The printed table's width in ems of the report's 10.5pt text: an A4 page less 12 mm margins each side (186 mm / 3.7 mm). */
const PRINT_WIDTH_EM = 50;
/** A cell's padding and borders, in ems (1.5 mm each side and a pixel of border). */
const CELL_PADDING_EM = 1;
/** The least text width of any column: three characters (a weekday, a count, 序号). */
const MIN_TEXT_EM = 3;
/** Longer headers than this may wrap (at a character, as Chinese does) rather than take the page. */
const MAX_HEADER_EM = 6;

/** How wide text is in ems: Chinese characters and full-width forms a whole em, other characters about half. */
export function measureTextEm(text: string): number {
  let em = 0;
  for (const ch of text) em += /[\u2e80-\u9fff\u3000-\u303f\uf900-\ufaff\uff00-\uffef]/u.test(ch) ? 1 : 0.55;
  return em;
}

/**
 * Each column's share of the table, in percent: in proportion to `widths`
 * (the workbook's widths in characters), but never below what its header
 * needs on one line (up to MAX_HEADER_EM) and never below MIN_TEXT_EM, both
 * with the cell's padding. Columns held at their least width are taken out
 * and the rest scaled again, until every column fits. When even the least
 * widths overflow the page, they share it in proportion to those widths.
 */
export function planColumnPercents(headers: readonly string[], widths: readonly number[]): number[] {
  const least = headers.map((h) => (100 * (Math.max(MIN_TEXT_EM, Math.min(MAX_HEADER_EM, measureTextEm(h))) + CELL_PADDING_EM)) / PRINT_WIDTH_EM);
  const leastTotal = least.reduce((a, b) => a + b, 0);
  if (leastTotal >= 100) return least.map((p) => (100 * p) / leastTotal);
  const held = new Set<number>();
  for (;;) {
    const free = widths.reduce((sum, w, i) => (held.has(i) ? sum : sum + w), 0);
    const room = 100 - [...held].reduce((sum, i) => sum + least[i]!, 0);
    const shares = widths.map((w, i) => (held.has(i) ? least[i]! : (room * w) / free));
    const under = shares.flatMap((p, i) => (!held.has(i) && p < least[i]! ? [i] : []));
    if (under.length === 0) return shares;
    for (const i of under) held.add(i);
  }
}

/** `<colgroup>` for a `table.fixed`: the planned widths, two decimals. */
export function renderColumnGroup(headers: readonly string[], widths: readonly number[]): string {
  return `<colgroup>${planColumnPercents(headers, widths).map((p) => `<col style="width:${p.toFixed(2)}%">`).join("")}</colgroup>`;
}
