import { Option, type Command } from "commander";
import { MEETING_TYPE_LABELS, YishiError, formatCitation, type Rule, type RuleProfile } from "@yishi/domain";
import {
  diffProfiles,
  findProfileConflicts,
  findRuleOverlaps,
  getProfile,
  listCheckableArticles,
  listProfiles,
  resolveProfile,
  type ArticleStatus,
  type ProfileDiff,
  type RuleOverlap,
  type RuleSide,
} from "@yishi/rules";
import { loadSpecWithImports } from "@yishi/tables";
import type { CommandContext } from "../context.js";

type Lang = "zh" | "en";
interface ArticleCounts {
  total: number;
  encoded: number;
  partly: number;
  not: number;
  replaced: number;
}
type Format = "text" | "json";
interface ProfileCliOptions {
  lang: Lang;
  format: Format;
}

const TEXT = {
  zh: {
    rules: (n: number, own: number) => (n === own ? `${n} 条规则` : `${n} 条规则（本级 ${own} 条）`),
    extends: "继承",
    jurisdiction: "辖区",
    source: "来源",
    types: "会议类型",
    notes: "说明",
    scope: "范围",
    params: "参数",
    inherited: "继承自",
    off: "已停用",
    allDuties: "全部值班",
    none: "无",
    overlaps: "规则交叠",
    conflicts: "规则冲突",
    summary: (d: ProfileDiff) => `${d.a} ↔ ${d.b}：相同 ${d.counts.same}，不同 ${d.counts.different}，仅 ${d.a} ${d.counts.onlyA}，仅 ${d.b} ${d.counts.onlyB}`,
    only: (p: string) => `仅 ${p} 有`,
    articles: (c: ArticleCounts) => `可检查的条文（种子文本中计划可能违反的）：共 ${c.total} 条，已编码 ${c.encoded}，部分编码 ${c.partly}，未编码 ${c.not}，被取代 ${c.replaced}`,
    status: { "partly-encoded": "部分未编码", "not-encoded": "未编码", replaced: "", encoded: "" } as Record<ArticleStatus["status"], string>,
    inheritedFrom: (p: string) => `（继承自 ${p}）`,
    unlisted: "（不在种子条文清单中）",
    turnedOff: "已停用",
    outOfScope: "未建规则配置：004 第四篇 通州区（政务信息工作意见）与第五篇 朝阳区（专项行动实施方案）没有计划可能违反的会议、值班或议题条文。",
  },
  en: {
    rules: (n: number, own: number) => (n === own ? `${n} rules` : `${n} rules (${own} own)`),
    extends: "extends",
    jurisdiction: "jurisdiction",
    source: "source",
    types: "meeting types",
    notes: "notes",
    scope: "scope",
    params: "params",
    inherited: "inherited from",
    off: "turned off",
    allDuties: "all duties",
    none: "none",
    overlaps: "overlaps",
    conflicts: "conflicts",
    summary: (d: ProfileDiff) => `${d.a} ↔ ${d.b}: ${d.counts.same} same, ${d.counts.different} different, ${d.counts.onlyA} only in ${d.a}, ${d.counts.onlyB} only in ${d.b}`,
    only: (p: string) => `only in ${p}`,
    articles: (c: ArticleCounts) => `checkable articles (what the seeds let a plan break): ${c.total}, ${c.encoded} encoded, ${c.partly} partly, ${c.not} not encoded, ${c.replaced} replaced`,
    status: { "partly-encoded": "partly not encoded", "not-encoded": "not encoded", replaced: "", encoded: "" } as Record<ArticleStatus["status"], string>,
    inheritedFrom: (p: string) => ` (inherited from ${p})`,
    unlisted: " (not in the seed lists)",
    turnedOff: "turned off",
    outOfScope: "No profile for 004 第四篇 通州区 (a plan for government information work) or 第五篇 朝阳区 (an enforcement campaign plan): neither has a meeting, duty or agenda article a plan could break.",
  },
};

function addOutputOptions(command: Command): Command {
  return command
    .addOption(new Option("--lang <lang>", "output language").choices(["zh", "en"]).default("zh"))
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"));
}

export function registerProfilesCommand(program: Command, ctx: CommandContext): void {
  // No options on `profiles` itself: commander would hand it `--lang` given after `show ID`.
  const profiles = program.command("profiles").description("the shipped rule profiles: list (the default), show one, compare two");
  profiles.action(() => printList(ctx, { lang: "zh", format: "text" }));

  addOutputOptions(profiles.command("list").description("list the shipped profiles")).action((options: ProfileCliOptions) => printList(ctx, options));

  addOutputOptions(
    profiles
      .command("show")
      .description("every rule of a profile: severity, scope, params and the article it cites")
      .argument("[id]", "profile id or alias, e.g. 西城区 or xicheng")
      .option("--spec <file>", "show the effective profile of a spec (its base, extra rules and overrides)"),
  ).action(async (id: string | undefined, options: ProfileCliOptions & { spec?: string }) => {
    if (id === undefined && options.spec === undefined) throw new YishiError("USAGE", "name a profile (yishi profiles show 西城区) or give --spec FILE");
    const profile = options.spec !== undefined ? await resolveSpecProfile(options.spec) : getProfile(id!);
    if (options.format === "json") {
      ctx.io.out(JSON.stringify({ ...profile, articles: listCheckableArticles(profile) }, null, 2));
      return;
    }
    ctx.io.out(renderProfile(profile, options.lang));
  });

  addOutputOptions(
    profiles
      .command("diff")
      .description("compare two profiles rule by rule: where the documents agree, differ, and overlap")
      .argument("<a>", "first profile id or alias")
      .argument("<b>", "second profile id or alias"),
  ).action((a: string, b: string, options: ProfileCliOptions) => {
    const diff = diffProfiles(a, b);
    ctx.io.out(options.format === "json" ? JSON.stringify(diff, null, 2) : renderDiff(diff, options.lang));
  });
}

async function resolveSpecProfile(file: string): Promise<RuleProfile> {
  const { spec } = await loadSpecWithImports(file);
  return resolveProfile(spec.profile, { file, allowConflicts: true });
}

function printList(ctx: CommandContext, options: ProfileCliOptions): void {
  const list = listProfiles();
  if (options.format === "json") {
    ctx.io.out(JSON.stringify(list, null, 2));
    return;
  }
  const t = TEXT[options.lang];
  const lines = list.map((p) => {
    const id = p.alias === undefined ? p.id : `${p.id} (${p.alias})`;
    const parts = [`${t.jurisdiction} ${p.jurisdiction}`, ...(p.extends === undefined ? [] : [`${t.extends} ${p.extends}`]), t.rules(p.ruleCount, p.ownRuleCount)];
    return `${id}  ${p.name[options.lang]}  ·  ${parts.join("  ·  ")}`;
  });
  ctx.io.out([...lines, "", t.outOfScope].join("\n"));
}

function renderProfile(profile: RuleProfile, lang: Lang): string {
  const t = TEXT[lang];
  const own = profile.rules.filter((r) => r.inheritedFrom === undefined).length;
  const head = [
    `${profile.id} — ${profile.name[lang]}`,
    [`${t.jurisdiction} ${profile.jurisdiction}`, ...(profile.extends === undefined ? [] : [`${t.extends} ${profile.extends}`]), ...(profile.year === undefined ? [] : [String(profile.year)]), ...(profile.source === undefined ? [] : [`${t.source} ${profile.source}`]), t.rules(profile.rules.length, own)].join("  ·  "),
    `${t.types}: ${renderTypes(profile.meetingTypes, lang)}`,
  ];
  if (profile.notes.length > 0) head.push(`${t.notes}:`, ...profile.notes.map((n) => `  - ${n}`));
  const body = profile.rules.map((rule) => renderRule(rule, lang));
  const articles = renderArticles(listCheckableArticles(profile), lang);
  const overlaps = findRuleOverlaps({ profile: profile.id, rules: profile.rules });
  const conflicts = findProfileConflicts(profile);
  const tail = [
    `${t.conflicts}: ${conflicts.length === 0 ? t.none : ""}`.trimEnd(),
    ...conflicts.map((c) => `  [${c.severity}] ${renderOverlap(c, lang)}`),
    `${t.overlaps}: ${overlaps.filter((o) => !o.conflict).length === 0 ? t.none : ""}`.trimEnd(),
    ...overlaps.filter((o) => !o.conflict).map((o) => `  ${renderOverlap(o, lang)}`),
  ];
  return [...head, "", ...body, "", ...articles, "", ...tail].join("\n");
}

/** Every article the seeds make checkable: ✓ encoded, ◐ partly, ✗ not (with why), ↷ replaced, + a rule's article beyond the lists. */
function renderArticles(articles: ArticleStatus[], lang: Lang): string[] {
  const t = TEXT[lang];
  const count = (s: ArticleStatus["status"]) => articles.filter((a) => a.status === s).length;
  const mark = { encoded: "✓", "partly-encoded": "◐", "not-encoded": "✗", replaced: "↷" } as const;
  const lines = [t.articles({ total: articles.length, encoded: count("encoded"), partly: count("partly-encoded"), not: count("not-encoded"), replaced: count("replaced") })];
  for (const a of articles) {
    const where = a.inheritedFrom !== undefined ? t.inheritedFrom(a.inheritedFrom) : a.listed ? "" : t.unlisted;
    const rules = a.rules.length === 0 ? "" : `  [${a.rules.join(", ")}]`;
    const off = a.turnedOff.map((o) => `${t.turnedOff} ${o.rule}: ${o.reason}`).join("; ");
    const why = a.reason === undefined ? "" : ` — ${t.status[a.status] === "" ? "" : `${t.status[a.status]}${lang === "zh" ? "：" : ": "}`}${a.reason[lang]}`;
    lines.push(`  ${a.listed ? mark[a.status] : "+"} ${a.citation}${where}  ${a.asks[lang]}${rules}${why}${off === "" ? "" : ` (${off})`}`);
  }
  return lines;
}

function renderRule(rule: Rule, lang: Lang): string {
  const t = TEXT[lang];
  const flags = [...(rule.inheritedFrom === undefined ? [] : [`${t.inherited} ${rule.inheritedFrom}`]), ...(rule.enabled ? [] : [`${t.off}: ${rule.disabledReason ?? ""}`])];
  return [
    `[${rule.severity}] ${rule.id}  ${rule.check}${flags.length > 0 ? `  (${flags.join("; ")})` : ""}`,
    `  ${rule.summary[lang]}`,
    `  ${t.scope}: ${renderScope(rule.scope.meetingTypes, rule.scope.duties, lang)}`,
    `  ${t.params}: ${JSON.stringify(rule.params)}`,
    `  ${formatCitation(rule.citation)} “${rule.citation.text}”`,
  ].join("\n");
}

function renderDiff(diff: ProfileDiff, lang: Lang): string {
  const t = TEXT[lang];
  const mark = { same: "=", different: "≠", "only-a": "<", "only-b": ">" } as const;
  const lines = [t.summary(diff), ""];
  for (const r of diff.rules) {
    const s = (r.a ?? r.b)!;
    const what = r.status === "different" ? `  (${r.differences.join(", ")})` : r.status === "only-a" ? `  ${t.only(diff.a)}` : r.status === "only-b" ? `  ${t.only(diff.b)}` : "";
    lines.push(`${mark[r.status]} ${r.check}  [${renderScope(s.meetingTypes, s.duties, lang)}]${what}`);
    if (r.a) lines.push(`    ${renderSide(diff.a, r.a)}`);
    if (r.b) lines.push(`    ${renderSide(diff.b, r.b)}`);
  }
  lines.push("", `${t.overlaps}: ${diff.overlaps.length === 0 ? t.none : ""}`.trimEnd());
  for (const o of diff.overlaps) lines.push(`  ${renderOverlap(o, lang)}`);
  return lines.join("\n");
}

function renderSide(profile: string, side: RuleSide): string {
  const off = side.enabled ? "" : " off";
  return `${profile}: ${side.id} ${side.severity}${off} ${JSON.stringify(side.params)} — ${formatCitation(side.citation)} “${side.citation.text}”`;
}

function renderOverlap(o: RuleOverlap, lang: Lang): string {
  const end = (r: RuleOverlap["a"]) => `${r.profile === undefined ? "" : `${r.profile} `}${r.id} (${r.citation}; ${renderTypes(r.meetingTypes, lang)})`;
  return `${end(o.a)} × ${end(o.b)}: ${o.message[lang]}`;
}

function renderScope(types: readonly string[], duties: readonly string[], lang: Lang): string {
  const parts = [...(types.length > 0 ? [renderTypes(types, lang)] : []), ...(duties.length === 0 ? [] : [duties.includes("*") ? TEXT[lang].allDuties : duties.join(", ")])];
  return parts.length === 0 ? TEXT[lang].none : parts.join("; ");
}

function renderTypes(types: readonly string[], lang: Lang): string {
  if (lang === "en") return types.join(", ");
  return types.map((t) => MEETING_TYPE_LABELS[t as keyof typeof MEETING_TYPE_LABELS]?.zh ?? t).join("、");
}
