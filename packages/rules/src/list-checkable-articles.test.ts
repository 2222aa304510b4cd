import { describe, expect, it } from "vitest";
import { formatCitation } from "@yishi/domain";
import { getProfile, listProfiles } from "./get-profile.js";
import { CHECKABLE_ARTICLES, listCheckableArticles } from "./list-checkable-articles.js";
import { resolveProfile } from "./resolve-profile.js";
import { SHIPPED_PROFILES } from "./profiles/shipped-profiles.js";
import { WORKING_DAY_SOURCE } from "./profiles/define-rules.js";

const listed = new Set(CHECKABLE_ARTICLES.flatMap((d) => d.articles.map((a) => `${d.jurisdiction} ${a.article}`)));

describe("the checkable-article lists", () => {
  it("hold every encoded rule's citation (every rule that judges a plan, in every shipped profile)", () => {
    const missing: string[] = [];
    for (const declared of SHIPPED_PROFILES) {
      for (const rule of getProfile(declared.id).rules) {
        if (rule.check === "info.not-plan-checkable" || rule.citation.jurisdiction === WORKING_DAY_SOURCE.jurisdiction) continue;
        if (!listed.has(formatCitation(rule.citation))) missing.push(`${declared.id} ${rule.id}: ${formatCitation(rule.citation)}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("say why, for every article no rule of its own profile encodes, and give no reason for one a rule does", () => {
    const problems: string[] = [];
    for (const doc of CHECKABLE_ARTICLES) {
      const own = SHIPPED_PROFILES.find((p) => p.id === doc.jurisdiction);
      expect(own, doc.jurisdiction).toBeDefined();
      const cited = new Set(getProfile(own!.id).rules.filter((r) => r.check !== "info.not-plan-checkable").map((r) => formatCitation(r.citation)));
      for (const a of doc.articles) {
        const encoded = cited.has(`${doc.jurisdiction} ${a.article}`);
        if (!encoded && a.notEncoded === undefined) problems.push(`${doc.jurisdiction} ${a.article}: not encoded, no reason`);
        if (encoded && a.notEncoded !== undefined) problems.push(`${doc.jurisdiction} ${a.article}: encoded, but the list says it is not`);
        if (!encoded && a.gap !== undefined) problems.push(`${doc.jurisdiction} ${a.article}: a gap on an article nothing encodes`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("name each article once per document", () => {
    for (const doc of CHECKABLE_ARTICLES) {
      const labels = doc.articles.map((a) => a.article);
      expect(new Set(labels).size, doc.jurisdiction).toBe(labels.length);
    }
  });
});

describe("listCheckableArticles", () => {
  it("lists 钟山区's articles with status, the not-encoded ones with the reason", () => {
    const articles = listCheckableArticles(getProfile("钟山区"));
    expect(articles.every((a) => a.listed)).toBe(true);
    expect(articles.find((a) => a.article === "第四十五条")).toMatchObject({ status: "encoded", rules: ["executive.max-items"] });
    const undone = articles.find((a) => a.article === "第四十四条")!;
    expect(undone.status).toBe("not-encoded");
    expect(undone.reason!.en).toMatch(/^needs a fact the spec cannot state: /);
  });

  it("gives an inheriting profile its parent's articles too, inherited, or replaced by its own rule of the same id", () => {
    const articles = listCheckableArticles(getProfile("西城区"));
    expect(articles.find((a) => a.citation === "北京市 三十九")).toMatchObject({ status: "partly-encoded", inheritedFrom: "北京市", rules: ["conference.no-monday"] });
    expect(articles.find((a) => a.citation === "北京市 三十四")).toMatchObject({ status: "replaced", reason: { en: "replaced by 西城区 二十八" } });
    expect(articles.find((a) => a.citation === "西城区 附件1 四.3")).toMatchObject({ status: "encoded" });
  });

  it("the default profile: 钟山区's document, and 北京市 三十九 as a rule beyond it", () => {
    const articles = listCheckableArticles(getProfile("default"));
    expect(articles.filter((a) => !a.listed).map((a) => a.citation)).toEqual(["北京市 三十九"]);
    expect(articles.filter((a) => a.listed).map((a) => a.jurisdiction)).toEqual(articles.filter((a) => a.listed).map(() => "钟山区"));
  });

  it("marks a rule a spec turned off, with the reason kept", () => {
    const profile = resolveProfile({ base: "钟山区", overrides: [{ rule: "executive.max-items", enabled: false, reason: "本区会议室够用" }] });
    expect(listCheckableArticles(profile).find((a) => a.article === "第四十五条")).toMatchObject({ status: "encoded", turnedOff: [{ rule: "executive.max-items", reason: "本区会议室够用" }] });
  });

  it("every shipped profile has articles, none without a status", () => {
    for (const { id } of listProfiles()) {
      const articles = listCheckableArticles(getProfile(id));
      expect(articles.length, id).toBeGreaterThan(3);
      for (const a of articles) if (a.status !== "encoded") expect(a.reason, `${id} ${a.citation}`).toBeDefined();
    }
  });
});
