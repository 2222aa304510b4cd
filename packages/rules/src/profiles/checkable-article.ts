import type { LocalizedText } from "@yishi/domain";

/**
 * One article of a seed document a plan could break (a meeting's day, cadence,
 * chair, attendance, agenda, lead time or duty), found by reading the seed —
 * the index in rules-catalog.md is not the authority. Each document's list
 * says, per article, what it asks and, where no rule encodes it, why: so
 * `yishi profiles show` leaves nothing silently unencoded.
 */
export interface CheckableArticle {
  /** As the rules cite it: `第四十条`, `三十九`, `附件1 三.1`. */
  article: string;
  /** What a plan could break, in a few words. */
  asks: LocalizedText;
  /** Why no rule of the profile encodes it. Absent: some rule cites the article (a test holds the two together). */
  notEncoded?: LocalizedText;
  /** What of the article the encoding rules leave out, when they encode only part of it. */
  gap?: LocalizedText;
}

/** The articles of one seed document, with the jurisdiction its rules cite. */
export interface CheckableArticles {
  jurisdiction: string;
  articles: readonly CheckableArticle[];
}

/** A reason that names the fact a spec or plan cannot state today. */
export function needsFact(zh: string, en: string): LocalizedText {
  return { zh: `需要规格文件无法表述的事实：${zh}`, en: `needs a fact the spec cannot state: ${en}` };
}

/** A reason for an article the spec's facts could judge, which no rule kind judges yet. */
export function noCheckYet(zh: string, en: string): LocalizedText {
  return { zh: `规格中的事实足以判断，但尚无相应的检查：${zh}`, en: `the spec's facts suffice, but no check judges it yet: ${en}` };
}
