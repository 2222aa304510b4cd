import { join } from "node:path";
import { Option, type Command } from "commander";
import { appendAll, formatCitation, loadPlan, PLAN_SCHEMA, YishiError, type DutyAssignment, type Plan, type RuleProfile, type Spec, type SpecChange, type Violation } from "@yishi/domain";
import { assertDate, loadSpecCalendar, parsePeriod, WEEKDAY_NAMES, type WorkCalendar } from "@yishi/calendar";
import { resolveProfile } from "@yishi/rules";
import { formatCsv } from "@yishi/export";
import { loadSpecWithImports } from "@yishi/tables";
import {
  checkSwap,
  defaultChecker,
  describeDutyDays,
  findReplacement,
  planRecurringDuties,
  planRoster,
  replaceEmptiedDuties,
  resolvePostPools,
  summarizeRoster,
} from "@yishi/solver";
import type { CommandContext } from "../context.js";
import { onlyOnce } from "./only-once.js";
import { assertPlanOfSpec } from "./assert-plan-of-spec.js";
import { takeInChange } from "./roster-change.js";
import { describeNamed, resolveNamedId } from "./resolve-named-ids.js";
import { EXIT } from "../exit-codes.js";
import { writeFilesAtomic } from "../io.js";
import { createFormatOption, printJson, type OutputFormat } from "../format-option.js";

type Lang = "zh" | "en";
const WEEKDAYS = { zh: WEEKDAY_NAMES.zh, en: WEEKDAY_NAMES.enShort };
const TEXT = {
  zh: { title: "值班表", headers: ["日期", "星期", "节假日", "带班领导", "值班人员", "值班电话"], counts: "值班统计", countHeaders: ["岗位", "姓名", "值班", "周末", "节假日", "重点日", "累计", "累计重点日"], spread: "差值（最多−最少，含历史）", total: "总数", heavy: "重点日", recurring: "轮值", optimal: "已证明最优", gap: "与下界差", empty: "空缺班次", emptyProved: "每一种值班表都排不满这些班次" },
  en: { title: "Duty roster", headers: ["date", "weekday", "holiday", "leader on duty", "duty staff", "duty phone"], counts: "Duty counts", countHeaders: ["post", "name", "duties", "weekend", "holiday", "heavy", "cumulative", "cumulative heavy"], spread: "spread (max − min, history included)", total: "total", heavy: "heavy", recurring: "Rota", optimal: "proved optimal", gap: "gap to bound", empty: "Empty seats", emptyProved: "no roster fills these seats" },
} as const;

interface PlanOptions { period: string; out?: string; lang: Lang; format: OutputFormat }
interface SwapOptions { date: string; post: string; from: string; to: string; withDate?: string; change?: string; lang: Lang; format: OutputFormat }
interface ReplaceOptions { date?: string; post?: string; person?: string; change?: string; lang: Lang; format: OutputFormat }

const CHANGE_HELP = "a change file as `yishi replan --change` takes (new absences, blackouts, cancellations): judged with it in";

export function registerRosterCommand(program: Command, ctx: CommandContext): void {
  const roster = program.command("roster").description("duty roster (值班表) and recurring duties: plan, check a swap, find a replacement");
  const lang = () => new Option("--lang <lang>", "output language").choices(["zh", "en"]).default("zh");

  roster
    .command("plan", { isDefault: true })
    .description("plan the duty roster of a period and print it; --out DIR writes DIR/roster.csv and DIR/roster.plan.json")
    .argument("<spec>", "the spec file (YAML or JSON)")
    .requiredOption("--period <period>", "2026Q1, 2026H1, 2026, 2026-03 or A..B", onlyOnce)
    .option("--out <dir>", "directory to write roster.csv (UTF-8 with BOM) and roster.plan.json")
    .addOption(lang())
    .addOption(createFormatOption())
    .action(async (specFile: string, options: PlanOptions) => {
      const { spec, calendar, profile } = await load(specFile);
      const period = parsePeriod(options.period);
      const result = planRoster({ spec, profile, calendar, period });
      const recurring = planRecurringDuties({ spec, calendar, period });
      const t = TEXT[options.lang];
      const rows = rosterRows(spec, calendar, period, result.roster, options.lang);
      const summary = summarizeRoster({ spec, calendar, roster: result.roster, period });
      const lines = [`${spec.organization.name} ${period.label} ${t.title}`, "", ...renderTable([...t.headers], rows)];
      lines.push("", t.counts, ...renderTable([...t.countHeaders], summary.people.map((p) => [summary.pools.find((x) => x.post === p.post)?.name ?? p.post, p.name, String(p.total), String(p.weekend), String(p.holiday), String(p.heavy), String(p.cumulativeTotal), String(p.cumulativeHeavy)])));
      lines.push("", `${t.spread}:`);
      for (const pool of summary.pools) lines.push(`  ${pool.name}: ${t.total} ${pool.total}, ${t.heavy} ${pool.heavy}`);
      const report = result.solve[0];
      if (report?.infeasible !== undefined) {
        // Seats left empty: why, run by run, instead of a gap to a bound that assumed them filled.
        lines.push("", `${t.empty}${report.infeasibleProved === true ? ` (${t.emptyProved})` : ""}:`);
        for (const text of report.infeasible) lines.push(`  - ${text[options.lang]}`);
      } else if (report) lines.push(report.optimal ? `  (${t.optimal})` : `  (${t.gap}: ${(report.objective - (report.bound ?? report.objective)).toString()})`);
      const names = new Map(spec.people.map((p) => [p.id, p.name]));
      if (options.format === "json") {
        const name = (id: string) => names.get(id) ?? id;
        printJson(ctx.io, {
          organization: { id: spec.organization.id, name: spec.organization.name },
          period: { label: period.label, from: period.from, to: period.to },
          roster: result.roster.map((a) => ({ ...a, name: name(a.person) })),
          recurringDuties: recurring.map((a) => ({ ...a, name: name(a.person) })),
          counts: summary.people,
          spreads: summary.pools,
          leftOut: result.stats.posts.flatMap((post) => post.excluded.map((x) => ({ post: post.post, person: x.person, name: name(x.person), reason: x.reason }))),
          solve: result.solve,
        });
      }
      for (const post of result.stats.posts) {
        for (const x of post.excluded) {
          const postName = spec.duty.posts.find((p) => p.id === post.post)?.name ?? post.post;
          lines.push(options.lang === "zh"
            ? `注意：${describeNamed(spec, x.person, "person", "zh")}${x.reason === "not-leader" ? "不是区政府领导" : "不在人员名单中"}，未安排${postName}`
            : `note: ${describeNamed(spec, x.person, "person", "en")} ${x.reason === "not-leader" ? "is not a leader" : "is not a known person"} and was left out of ${postName}`);
        }
      }
      if (recurring.length > 0) {
        lines.push("", t.recurring);
        const duties = new Map(spec.recurringDuties.map((d) => [d.id, d.name]));
        appendAll(lines, renderTable(["date", "time", "duty", "person"], recurring.map((a) => [a.date, `${a.start}–${a.end}`, duties.get(a.duty) ?? a.duty, names.get(a.person) ?? a.person])));
      }
      if (options.format === "text") ctx.io.out(lines.join("\n"));
      if (options.out !== undefined) {
        const plan = emptyPlan(spec, profile, { from: period.from, to: period.to, label: period.label });
        plan.roster = result.roster;
        plan.recurringDuties = recurring;
        plan.solve = result.solve;
        // One set, the plan last: a reader never sees this run's roster.plan.json beside another run's roster.csv.
        writeFilesAtomic([
          { path: join(options.out, "roster.plan.json"), data: `${JSON.stringify(plan, null, 2)}\n` },
          { path: join(options.out, "roster.csv"), data: formatCsv({ headers: [...t.headers], rows }) },
        ]);
      }
      // 3 only where the empty seats are proved unavoidable, as `yishi plan` does; 1 for seats the search left empty unproved.
      if (result.stats.unfilled > 0 || result.stats.hardViolations > 0) ctx.setExitCode(result.stats.unfilled > result.stats.provedEmpty ? EXIT.HARD_VIOLATION : EXIT.INFEASIBLE);
    });

  roster
    .command("swap")
    .description("check a proposed swap against every rule: FROM gives up POST on DATE to TO (with --with-date, FROM takes TO's duty that day)")
    .argument("<spec>", "the spec file")
    .argument("<plan>", "the plan JSON with the published roster")
    .requiredOption("--date <date>", "the duty's date, YYYY-MM-DD")
    .requiredOption("--post <post>", "the duty post id")
    .requiredOption("--from <person>", "who is on duty now")
    .requiredOption("--to <person>", "who would take it")
    .option("--with-date <date>", "TO's duty that FROM takes in exchange")
    .option("--change <file>", CHANGE_HELP)
    .addOption(lang())
    .addOption(createFormatOption())
    .action(async (specFile: string, planFile: string, options: SwapOptions) => {
      const loaded = await load(specFile);
      const published = loadPlan(planFile);
      assertPlanOfSpec(specFile, loaded.spec, planFile, published);
      const { spec, plan } = takeInChange(options.change, loaded.spec, published, planFile);
      const { calendar, profile } = loaded;
      const post = resolveNamedId(spec, "--post", options.post, "post");
      const from = resolveNamedId(spec, "--from", options.from, "person");
      const to = resolveNamedId(spec, "--to", options.to, "person");
      const swap = { date: assertDate(options.date, "--date"), post, from, to, ...(options.withDate ? { withDate: assertDate(options.withDate, "--with-date") } : {}) };
      const verdict = checkSwap({ spec, profile, calendar, plan, swap, checker: defaultChecker(spec, profile, calendar) });
      const l = options.lang;
      if (options.format === "json") {
        printJson(ctx.io, { ok: verdict.ok, changes: describeChangesAsData(spec, verdict.changes), violations: verdict.violations, warnings: verdict.warnings });
        if (!verdict.ok) ctx.setExitCode(EXIT.HARD_VIOLATION);
        return;
      }
      if (verdict.ok) {
        ctx.io.out(l === "zh" ? `可以调换：${describeChanges(spec, verdict.changes, l)}` : `yes: ${describeChanges(spec, verdict.changes, l)} keeps every rule`);
        for (const w of verdict.warnings) ctx.io.out(`  ${l === "zh" ? "提示" : "note"}: ${renderViolation(w, l)}`);
      } else {
        ctx.io.out(l === "zh" ? `不能调换：${describeChanges(spec, verdict.changes, l)}` : `no: ${describeChanges(spec, verdict.changes, l)} breaks these rules`);
        for (const v of verdict.violations) ctx.io.out(`  - ${renderViolation(v, l)}`);
        ctx.setExitCode(EXIT.HARD_VIOLATION);
      }
    });

  roster
    .command("replace")
    .description("find who should take a duty PERSON cannot serve: the valid swap changing the fewest other duties (房山区 第七十四条); with --change alone, every duty the change's absences empty")
    .argument("<spec>", "the spec file (with the absence that stops PERSON, or without it and --change)")
    .argument("<plan>", "the plan JSON with the published roster")
    .option("--date <date>", "the duty's date, YYYY-MM-DD")
    .option("--post <post>", "the duty post id")
    .option("--person <person>", "who cannot serve")
    .option("--change <file>", `${CHANGE_HELP}; alone (no --date, --post, --person), every duty of the plan its absences empty is replaced, one after another`)
    .addOption(lang())
    .addOption(createFormatOption())
    .action(async (specFile: string, planFile: string, options: ReplaceOptions) => {
      const loaded = await load(specFile);
      const published = loadPlan(planFile);
      assertPlanOfSpec(specFile, loaded.spec, planFile, published);
      const { spec, plan, change } = takeInChange(options.change, loaded.spec, published, planFile);
      const { calendar, profile } = loaded;
      const given = (["date", "post", "person"] as const).filter((k) => options[k] !== undefined);
      if (given.length === 0 && change !== undefined) {
        replaceForChange(ctx, { spec, profile, calendar, plan }, change, options);
        return;
      }
      if (given.length < 3) {
        const missing = (["date", "post", "person"] as const).filter((k) => options[k] === undefined).map((k) => `--${k}`);
        throw new YishiError("USAGE", `roster replace: ${missing.join(", ")} missing (give --date, --post and --person for one duty, or --change alone for every duty its absences empty)`, { path: [missing[0]!] });
      }
      const post = resolveNamedId(spec, "--post", options.post!, "post");
      const person = resolveNamedId(spec, "--person", options.person!, "person");
      const date = assertDate(options.date!, "--date");
      const found = findReplacement({ spec, profile, calendar, plan, date, post, person, checker: defaultChecker(spec, profile, calendar) });
      // "None" is an answer, not a failure of the command: said as data, and for a reader on stderr, exit 3.
      const reason = found.length === 0 ? describeNoReplacement(spec, { date, post, person }) : null;
      if (options.format === "json") printJson(ctx.io, { found: found.length > 0, replacements: found.map((r) => ({ kind: r.kind, otherDutiesChanged: r.otherDutiesChanged, changes: describeChangesAsData(spec, r.changes) })), reason });
      if (reason !== null) {
        ctx.io.err(reason[options.lang]);
        ctx.setExitCode(EXIT.INFEASIBLE);
        return;
      }
      if (options.format === "text") for (const r of found) ctx.io.out(`${KIND_LABELS[r.kind][options.lang]}: ${describeChanges(spec, r.changes, options.lang)}`);
    });
}

/**
 * `roster replace SPEC PLAN --change ill.yaml`: every duty the change's absences
 * empty, replaced one after another (replaceEmptiedDuties), each with its best
 * candidate; the turns of recurring duties they empty are named for a re-plan.
 * Exit 3 when some duty has no replacement that keeps every rule.
 */
function replaceForChange(ctx: CommandContext, input: Loaded & { plan: Plan }, change: SpecChange, options: ReplaceOptions): void {
  const { spec } = input;
  const result = replaceEmptiedDuties({ ...input, absences: change.absences });
  const l = options.lang;
  const person = (id: string) => ({ id, name: spec.people.find((p) => p.id === id)?.name ?? id });
  const postName = (id: string) => spec.duty.posts.find((p) => p.id === id)?.name ?? id;
  const dutyName = (id: string) => spec.recurringDuties.find((d) => d.id === id)?.name ?? id;
  const reasons = new Map(result.duties.filter((d) => d.candidates.length === 0).map((d) => [d, describeNoReplacement(spec, d)] as const));
  if (options.format === "json") {
    printJson(ctx.io, {
      found: reasons.size === 0,
      duties: result.duties.map((d) => ({
        date: d.date,
        post: d.post,
        person: person(d.person),
        found: d.candidates.length > 0,
        replacements: d.candidates.map((r) => ({ kind: r.kind, otherDutiesChanged: r.otherDutiesChanged, changes: describeChangesAsData(spec, r.changes) })),
        reason: reasons.get(d) ?? null,
      })),
      recurring: result.recurring.map((a) => ({ duty: a.duty, date: a.date, person: person(a.person) })),
    });
  } else {
    if (result.duties.length === 0) ctx.io.out(l === "zh" ? "变更中的缺席没有涉及本计划的值班" : "the change's absences empty no duty of the plan");
    for (const d of result.duties) {
      const best = d.candidates[0];
      if (best !== undefined) ctx.io.out(`${d.date} ${postName(d.post)} ${describeNamed(spec, d.person, "person", l)}: ${KIND_LABELS[best.kind][l]}: ${describeChanges(spec, best.changes, l)}`);
    }
    for (const a of result.recurring) {
      ctx.io.out(l === "zh"
        ? `注意：${a.date} ${dutyName(a.duty)}由${describeNamed(spec, a.person, "person", l)}担任，当天不在；轮值由 yishi replan --change 重新安排`
        : `note: ${describeNamed(spec, a.person, "person", l)} is away for ${dutyName(a.duty)} on ${a.date}; yishi replan --change reassigns that turn`);
    }
  }
  for (const reason of reasons.values()) ctx.io.err(reason[l]);
  if (reasons.size > 0) ctx.setExitCode(EXIT.INFEASIBLE);
}

const KIND_LABELS = {
  exchange: { zh: "调换", en: "exchange" },
  substitute: { zh: "替班", en: "substitute" },
  rotation: { zh: "三人轮换", en: "three-way rotation" },
} as const;

/** Why `roster replace` has nothing to offer: whose duty, and how many of the post's pool were tried. */
function describeNoReplacement(spec: Spec, duty: { date: string; post: string; person: string }): { zh: string; en: string } {
  const pool = resolvePostPools(spec).find((p) => p.post.id === duty.post);
  const others = (pool?.members ?? []).filter((m) => m !== duty.person).length;
  const postName = pool?.post.name ?? duty.post;
  return {
    zh: `找不到不违反规则的调换：${postName}其余 ${others} 名人员中，没有人能接替${describeNamed(spec, duty.person, "person", "zh")} ${duty.date} 的值班（调换、替班或三人轮换均违反规则）`,
    en: `no exchange, substitute or three-way rotation of ${describeNamed(spec, duty.person, "person", "en")}'s duty at ${postName} on ${duty.date} keeps every rule, among the ${others} other ${others === 1 ? "person" : "people"} of the post's pool`,
  };
}

type Loaded = { spec: Spec; calendar: WorkCalendar; profile: RuleProfile };

async function load(specFile: string): Promise<Loaded> {
  const loaded = await loadSpecWithImports(specFile);
  const profile = resolveProfile(loaded.spec.profile, { file: loaded.file });
  return { spec: loaded.spec, calendar: loadSpecCalendar(loaded), profile };
}

function rosterRows(spec: Spec, calendar: WorkCalendar, period: { from: string; to: string }, roster: DutyAssignment[], lang: Lang): string[][] {
  const names = new Map(spec.people.map((p) => [p.id, p.name]));
  const leaderPosts = new Set(spec.duty.posts.filter((p) => p.leadersOnly).map((p) => p.id));
  const byDate = new Map<string, DutyAssignment[]>();
  for (const a of roster) byDate.set(a.date, [...(byDate.get(a.date) ?? []), a]);
  return describeDutyDays(calendar, period.from, period.to, spec.duty.festivalHolidays).map((day) => {
    const duties = byDate.get(day.date) ?? [];
    const who = (leader: boolean) => duties.filter((a) => leaderPosts.has(a.post) === leader).map((a) => names.get(a.person) ?? a.person).join(lang === "zh" ? "、" : ", ");
    return [day.date, WEEKDAYS[lang][day.weekday - 1]!, day.holiday ? day.holiday[lang] : "", who(true), who(false), spec.duty.phone ?? ""];
  });
}

function emptyPlan(spec: Spec, profile: RuleProfile, period: Plan["period"]): Plan {
  return { schema: PLAN_SCHEMA, organization: spec.organization.id, profile: profile.id, period, meetings: [], roster: [], recurringDuties: [], unplacedItems: [], notices: [], changes: [], violations: [], solve: [] };
}

/** `2026-02-04 带班领导: 刘洋（liu-yang） → 杨帆（yang-fan）`: people and posts by name, ids beside them. */
function describeChanges(spec: Pick<Spec, "people" | "duty">, changes: { date: string; post: string; from: string; to: string }[], lang: Lang): string {
  const post = (id: string) => spec.duty.posts.find((p) => p.id === id)?.name ?? id;
  return changes.map((c) => `${c.date} ${post(c.post)}: ${describeNamed(spec, c.from, "person", lang)} → ${describeNamed(spec, c.to, "person", lang)}`).join("; ");
}

/** Changes as data: each person with id and name. */
function describeChangesAsData(spec: Pick<Spec, "people">, changes: { date: string; post: string; from: string; to: string }[]) {
  const person = (id: string) => ({ id, name: spec.people.find((p) => p.id === id)?.name ?? id });
  return changes.map((c) => ({ date: c.date, post: c.post, from: person(c.from), to: person(c.to) }));
}

function renderViolation(v: Violation, lang: Lang): string {
  return `${v.message[lang]} [${formatCitation(v.citation)}] (${v.severity})`;
}

/** Aligned text columns; CJK characters take two terminal columns. */
function renderTable(headers: string[], rows: string[][]): string[] {
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
  const widths = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ""))));
  const line = (cells: string[]) => cells.map((c, i) => c + " ".repeat(widths[i]! - width(c))).join("  ").trimEnd();
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)];
}

