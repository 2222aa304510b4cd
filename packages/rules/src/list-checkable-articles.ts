import { formatCitation, type LocalizedText, type Rule, type RuleProfile } from "@yishi/domain";
import type { CheckableArticle, CheckableArticles } from "./profiles/checkable-article.js";
import { WORKING_DAY_SOURCE } from "./profiles/define-rules.js";
import { findShippedProfile } from "./profiles/shipped-profiles.js";
import { BEIJING_ARTICLES } from "./profiles/beijing-articles.js";
import { CHANGZHOU_ARTICLES } from "./profiles/changzhou-articles.js";
import { FANGSHAN_ARTICLES } from "./profiles/fangshan-articles.js";
import { JIANGGAN_ARTICLES } from "./profiles/jianggan-articles.js";
import { XICHENG_ARTICLES } from "./profiles/xicheng-articles.js";
import { YIAN_ARTICLES } from "./profiles/yian-articles.js";
import { ZHONGSHAN_ARTICLES } from "./profiles/zhongshan-articles.js";

/** Every seed document's checkable articles, by the jurisdiction its rules cite. */
export const CHECKABLE_ARTICLES: readonly CheckableArticles[] = [ZHONGSHAN_ARTICLES, YIAN_ARTICLES, CHANGZHOU_ARTICLES, JIANGGAN_ARTICLES, BEIJING_ARTICLES, XICHENG_ARTICLES, FANGSHAN_ARTICLES];

export type ArticleStatusKind = "encoded" | "partly-encoded" | "not-encoded" | "replaced";

/** One checkable article as a profile encodes it. */
export interface ArticleStatus {
  jurisdiction: string;
  article: string;
  /** `钟山区 第四十条` */
  citation: string;
  asks: LocalizedText;
  status: ArticleStatusKind;
  /** The plan-checking rules citing it (enabled or not). */
  rules: string[];
  /** Those of them a spec turned off, with the reason kept. */
  turnedOff: { rule: string; reason: string }[];
  /** Why it is not encoded, what part is not, or what replaced it. */
  reason?: LocalizedText;
  /** The profile the document comes from, when the profile inherits it (西城区 from 北京市). */
  inheritedFrom?: string;
  /** False for a rule's article the seed lists do not hold (a spec's own rule, the default profile's 北京市 三十九). */
  listed: boolean;
}

const judgesPlans = (r: Rule) => r.check !== "info.not-plan-checkable" && r.citation.jurisdiction !== WORKING_DAY_SOURCE.jurisdiction;

/**
 * Every article the seeds make checkable for a profile — its own document's
 * and those of the profiles it extends — each marked encoded (with the rules),
 * partly encoded (with what is left out), not encoded (with why) or replaced
 * (an inherited article the profile's own rule of the same id supersedes:
 * 西城区 二十八 for 北京市 三十四). Rules citing articles no list holds come last.
 */
export function listCheckableArticles(profile: Pick<RuleProfile, "jurisdiction" | "extends" | "rules">): ArticleStatus[] {
  const checking = profile.rules.filter(judgesPlans);
  const byCitation = new Map<string, Rule[]>();
  for (const r of checking) byCitation.set(formatCitation(r.citation), [...(byCitation.get(formatCitation(r.citation)) ?? []), r]);
  const out: ArticleStatus[] = [];
  const seen = new Set<string>();
  for (const { doc, from } of documentsOf(profile)) {
    for (const a of doc.articles) {
      const citation = `${doc.jurisdiction} ${a.article}`;
      if (seen.has(citation)) continue;
      seen.add(citation);
      out.push(statusOf(doc.jurisdiction, a, byCitation.get(citation) ?? [], from, profile));
    }
  }
  for (const [citation, rules] of byCitation) {
    if (seen.has(citation)) continue;
    const first = rules[0]!;
    out.push({ ...encoded(rules), jurisdiction: first.citation.jurisdiction, article: first.citation.article, citation, asks: first.summary, status: "encoded", listed: false });
  }
  return out;
}

function statusOf(jurisdiction: string, a: CheckableArticle, rules: Rule[], from: string | undefined, profile: Pick<RuleProfile, "rules">): ArticleStatus {
  const base = { jurisdiction, article: a.article, citation: `${jurisdiction} ${a.article}`, asks: a.asks, listed: true, ...(from === undefined ? {} : { inheritedFrom: from }) };
  if (rules.length > 0) return { ...base, ...encoded(rules), status: a.gap === undefined ? "encoded" : "partly-encoded", ...(a.gap === undefined ? {} : { reason: a.gap }) };
  const replacing = from === undefined ? [] : replacedBy(from, base.citation, profile);
  if (replacing.length > 0) {
    const by = [...new Set(replacing.map((r) => formatCitation(r.citation)))].join("、");
    return { ...base, rules: [], turnedOff: [], status: "replaced", reason: { zh: `由${by}取代`, en: `replaced by ${by}` } };
  }
  return { ...base, rules: [], turnedOff: [], status: "not-encoded", reason: a.notEncoded ?? { zh: "未编码，条目未说明原因", en: "not encoded; the list gives no reason" } };
}

function encoded(rules: Rule[]): Pick<ArticleStatus, "rules" | "turnedOff"> {
  return { rules: rules.map((r) => r.id), turnedOff: rules.filter((r) => !r.enabled).map((r) => ({ rule: r.id, reason: r.disabledReason ?? "" })) };
}

/** The profile's own rules that replaced the parent's rules citing this article (same id, own citation). */
function replacedBy(parent: string, citation: string, profile: Pick<RuleProfile, "rules">): Rule[] {
  const declared = findShippedProfile(parent);
  const ids = new Set((declared?.rules ?? []).filter((r) => `${r.citation.jurisdiction} ${r.citation.article}` === citation).map((r) => r.id));
  return profile.rules.filter((r) => ids.has(r.id) && r.inheritedFrom === undefined && judgesPlans(r));
}

/** The profile's own document, then each ancestor's, with the id of the profile it is inherited from. */
function documentsOf(profile: Pick<RuleProfile, "jurisdiction" | "extends">): { doc: CheckableArticles; from: string | undefined }[] {
  const out: { doc: CheckableArticles; from: string | undefined }[] = [];
  const add = (jurisdiction: string, from: string | undefined) => {
    const doc = CHECKABLE_ARTICLES.find((d) => d.jurisdiction === jurisdiction);
    if (doc !== undefined && !out.some((o) => o.doc === doc)) out.push({ doc, from });
  };
  add(profile.jurisdiction, undefined);
  const chain = new Set<string>();
  for (let parent = profile.extends; parent !== undefined && !chain.has(parent); ) {
    chain.add(parent);
    const declared = findShippedProfile(parent);
    if (declared === undefined) break;
    add(declared.jurisdiction, declared.jurisdiction === profile.jurisdiction ? undefined : declared.id);
    parent = declared.extends;
  }
  return out;
}
