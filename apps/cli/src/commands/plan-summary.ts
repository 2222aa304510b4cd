import { join } from "node:path";
import { Option, type Command } from "commander";
import { MEETING_TYPE_LABELS, YishiError, appendAll, describeProvisional, formatCitation, type Plan, type PlanChange, type Spec } from "@yishi/domain";
import { weekdayOf, WEEKDAY_NAMES } from "@yishi/calendar";
import { isInfeasiblePlan } from "@yishi/solver";
import { EXPORT_FORMATS, TABLE_NAMES, exportPlan, type ExportFormat } from "@yishi/export";
import type { WorkCalendar } from "@yishi/calendar";
import { EXIT } from "../exit-codes.js";
import { writeFilesAtomic } from "../io.js";
import type { CommandContext } from "../context.js";

export type Lang = "zh" | "en";

export interface PlanCliOptions {
  out: string;
  format: "text" | "json";
  lang: Lang;
  /** Exports to write beside plan.json (`--export ics,xlsx,html`), parsed before any planning. */
  export?: ExportFormat[];
}

const WEEKDAYS: Record<Lang, readonly string[]> = { zh: WEEKDAY_NAMES.zh, en: WEEKDAY_NAMES.enShort };

/** Options `plan` and `replan` share. */
export function addPlanOutputOptions(command: Command): Command {
  return command
    .option("--out <dir>", "folder to write plan.json into", "out")
    .addOption(new Option("--format <format>", "what to print").choices(["text", "json"]).default("text"))
    .addOption(new Option("--lang <lang>", "language of the summary").choices(["zh", "en"]).default("zh"))
    .option("--export <formats>", `also write these exports into the folder, comma-separated (${EXPORT_FORMATS.join(", ")})`, parseExportFormats);
}

/** Parses `--export ics,xlsx`; an unknown format is a usage error naming it. */
function parseExportFormats(text: string): ExportFormat[] {
  const formats = text.split(",").map((f) => f.trim()).filter((f) => f !== "");
  for (const f of formats) {
    if (!(EXPORT_FORMATS as readonly string[]).includes(f)) throw new YishiError("USAGE", `--export: unknown format "${f}"; expected some of ${EXPORT_FORMATS.join(", ")}`);
  }
  return [...new Set(formats)] as ExportFormat[];
}

/**
 * Writes DIR/plan.json whole (never a partial file), prints the summary or the
 * JSON, and sets the exit code: 3 when no plan keeps every hard rule (the best
 * plan is still written), 1 on hard violations, else 0.
 */
export async function emitPlan(ctx: CommandContext, spec: Spec, plan: Plan, options: PlanCliOptions, replan: { from: string } | undefined, calendar?: WorkCalendar): Promise<void> {
  const json = `${JSON.stringify(plan, null, 2)}\n`;
  const file = join(options.out, "plan.json");
  const files: { path: string; data: string | Uint8Array }[] = [{ path: file, data: json }];
  for (const format of options.export ?? []) {
    // The verdict createPlan has just judged (plan.violations, fresh): not judged again per format.
    const verdict = plan.judgedAgainst && { checked: true as const, profile: plan.profile, violations: plan.violations, basis: plan.judgedAgainst, storedDiffers: [] };
    for (const out of await exportPlan(plan, format, spec, { ...(calendar ? { calendar } : {}), ...(verdict ? { verdict } : {}) })) files.push({ path: join(options.out, out.name), data: out.data });
  }
  // Exports of formats this run does not write are removed with the previous plan.json, so no reader mixes two runs.
  const every = [...EXPORT_FORMATS.filter((f) => f !== "csv").map((f) => join(options.out, `plan.${f}`)), ...TABLE_NAMES.map((t) => join(options.out, `${t}.csv`))];
  writeFilesAtomic(files, { retire: every });
  if (options.format === "json") ctx.io.out(json);
  else ctx.io.out(renderPlanSummary(spec, plan, options.lang, replan, file));
  // The exit code follows the plan's violations: 3 (proved infeasible) and 1 only with a hard one listed, never on a plan that shows none.
  const hard = plan.violations.some((v) => v.severity === "hard");
  ctx.setExitCode(!hard ? EXIT.OK : isInfeasiblePlan(plan) ? EXIT.INFEASIBLE : EXIT.HARD_VIOLATION);
}

/** Per series its dates with weekdays; what moved (re-plan); violations hard then soft, with citations. */
export function renderPlanSummary(spec: Spec, plan: Plan, lang: Lang, replan: { from: string } | undefined, file: string): string {
  const zh = lang === "zh";
  const lines: string[] = [zh ? `${spec.organization.name} ${plan.period.label}（${plan.period.from} 至 ${plan.period.to}）计划` : `${spec.organization.name}: plan for ${plan.period.label} (${plan.period.from} to ${plan.period.to})`];
  const room = (id: string | undefined) => (id === undefined ? "" : ` ${spec.rooms.find((r) => r.id === id)?.name ?? id}`);
  // Series in spec order, then meetings outside any series (e.g. topic meetings the agenda planner adds) by type.
  const keyOf = (m: Plan["meetings"][number]) => m.series ?? `type:${m.type}`;
  const present = new Set(plan.meetings.map(keyOf));
  const keys = [...spec.series.map((s) => s.id).filter((id) => present.has(id)), ...[...present].filter((k) => !spec.series.some((s) => s.id === k)).sort()];
  for (const key of keys) {
    const list = plan.meetings.filter((m) => keyOf(m) === key);
    const name = spec.series.find((s) => s.id === key)?.name ?? MEETING_TYPE_LABELS[list[0]!.type][lang];
    const scheduled = list.filter((m) => m.status === "scheduled").length;
    lines.push("", zh ? `${name}（${scheduled} 次）` : `${name} (${scheduled})`);
    for (const m of list) {
      const flags = [
        m.status === "cancelled" ? (zh ? "已取消" : "cancelled") : "",
        m.pinned ? (zh ? "固定" : "pinned") : "",
        m.quorum && !m.quorum.holds ? (zh ? "不足法定人数" : "no quorum") : "",
      ].filter((f) => f !== "");
      const away = m.absent.length > 0 ? (zh ? ` 请假${m.absent.length}人` : ` ${m.absent.length} away`) : "";
      const items = m.agenda.length > 0 ? (zh ? ` 议题${m.agenda.length}项` : ` ${m.agenda.length} items`) : "";
      lines.push(`  ${m.date} ${WEEKDAYS[lang][weekdayOf(m.date) - 1]} ${m.start}–${m.end}${room(m.room)}  ${m.id}${items}${away}${flags.length > 0 ? ` [${flags.join(", ")}]` : ""}`);
    }
  }
  appendAll(lines, renderRosterAndItems(spec, plan, lang));
  const provisional = describeProvisional(plan);
  if (provisional) {
    lines.push("", provisional[lang]);
    lines.push(zh ? "  安排公布后：在规格 calendar.national 中加入该年的安排文件（或升级软件包），运行 yishi replan 重新编排，改动最少并逐项说明。" : "  Once published: add the year's file to the spec's calendar.national (or update the package) and run yishi replan; it moves the fewest things and says why.");
  }
  if (replan !== undefined) {
    const frozen = replan.from > plan.period.from ? (zh ? `，${replan.from}以前的安排保持不变` : `; everything before ${replan.from} kept as it was`) : "";
    lines.push("", zh ? `调整（${plan.changes.length} 项${frozen}）：` : `What changed and why (${plan.changes.length}${frozen}):`);
    if (plan.changes.length === 0) lines.push(zh ? "  无" : "  nothing");
    for (const c of plan.changes) lines.push(`  ${describeChange(spec, c, lang)}`);
  }
  const infeasible = plan.solve.flatMap((s) => s.infeasible ?? []);
  if (infeasible.length > 0) {
    lines.push("", zh ? "无法同时满足全部硬性规则（以下按涉及事实由少到多）：" : "No calendar keeps every hard rule (smallest set first):");
    for (const text of infeasible) lines.push(`  - ${text[lang]}`);
    // "Fewest" only when every planner proved its breaks unavoidable; otherwise some may still be avoidable by hand.
    const proved = plan.solve.every((s) => s.infeasible === undefined || s.infeasibleProved === true);
    if (proved) lines.push(zh ? "  已给出违反最少的方案，违反之处见下。" : "  The plan written breaks the fewest rules; see the violations below.");
    else lines.push(zh ? "  已给出所能找到的违反最少的方案，未证明的部分或可手工改进；违反之处见下。" : "  The plan written breaks the fewest rules the planner found; the parts not proved may still be avoidable by hand; see the violations below.");
  }
  appendAll(lines, describeUnproved(plan, lang));
  const hard = plan.violations.filter((v) => v.severity === "hard");
  const soft = plan.violations.filter((v) => v.severity === "soft");
  lines.push("", zh ? `违反规则：硬性 ${hard.length} 条，软性 ${soft.length} 条` : `Violations: ${hard.length} hard, ${soft.length} soft`);
  for (const [label, list] of [[zh ? "硬性" : "hard", hard], [zh ? "软性" : "soft", soft]] as const) {
    if (list.length === 0) continue;
    lines.push(`${label}:`);
    for (const v of list) {
      const cite = formatCitation(v.citation);
      lines.push(`  - ${v.message[lang]}${v.message[lang].includes(cite) ? "" : ` (${cite})`}`);
    }
  }
  lines.push("", zh ? `计划已写入 ${file}` : `plan written to ${file}`);
  return lines.join("\n");
}

const SOLVE_LABELS: Record<string, { zh: string; en: string }> = {
  meetings: { zh: "会议日期", en: "Meeting dates" },
  agenda: { zh: "议题安排", en: "Agenda placement" },
  roster: { zh: "值班公平", en: "Duty fairness" },
  "roster.preferences": { zh: "值班意愿", en: "Duty preferences" },
};

/**
 * A line per planner whose answer is not proved optimal, with its objective,
 * the bound it proved and the gap between (the most still to gain), and why
 * the search stopped when it hit its work limit. Problems the plan cannot
 * solve at all are listed above it, so they are not repeated here.
 */
export function describeUnproved(plan: Plan, lang: Lang): string[] {
  const zh = lang === "zh";
  const lines: string[] = [];
  for (const s of plan.solve) {
    if (s.optimal || s.infeasible !== undefined || s.bound === undefined) continue;
    const label = SOLVE_LABELS[s.problem]?.[lang] ?? s.problem;
    const gap = Math.abs(s.objective - s.bound);
    const percent = (100 * gap) / Math.max(1, Math.abs(s.objective));
    // Two decimals below 1 %: the agenda's gaps are a few hundredths of a percent.
    const share = `${percent.toFixed(percent < 1 ? 2 : 1)}%`;
    const stopped = s.notes.some((n) => n.startsWith("work limit reached"));
    lines.push(
      zh
        ? `${label}：未证明最优（目标值 ${s.objective}，已证界 ${s.bound}，差距 ${gap}，约 ${share}）${stopped ? "；搜索在工作量上限处停止（按计算量而非时间，结果可重复）" : ""}`
        : `${label}: not proved optimal (objective ${s.objective}, proved bound ${s.bound}, gap ${gap}, about ${share})${stopped ? "; the search stopped at its work limit (a count, not a time: the result repeats)" : ""}`,
    );
  }
  return lines.length === 0 ? [] : ["", ...lines];
}

/** One line for the roster and recurring duties, then the items left off every agenda with their reasons. */
function renderRosterAndItems(spec: Spec, plan: Plan, lang: Lang): string[] {
  const zh = lang === "zh";
  const lines: string[] = [];
  if (plan.roster.length > 0) {
    const days = new Set(plan.roster.map((a) => a.date)).size;
    const people = new Set(plan.roster.map((a) => a.person)).size;
    lines.push("", zh ? `值班表：${days} 天，${plan.roster.length} 人次，${people} 人轮值` : `Duty roster: ${days} days, ${plan.roster.length} duties, ${people} people`);
  }
  for (const duty of spec.recurringDuties) {
    const list = plan.recurringDuties.filter((a) => a.duty === duty.id);
    if (list.length > 0) lines.push(zh ? `${duty.name}：${list.length} 次` : `${duty.name}: ${list.length} times`);
  }
  if (plan.unplacedItems.length > 0) {
    lines.push("", zh ? `未安排的议题（${plan.unplacedItems.length} 项）：` : `Items not placed (${plan.unplacedItems.length}):`);
    for (const u of plan.unplacedItems) lines.push(`  ${u.item} ${spec.agendaItems.find((i) => i.id === u.item)?.title ?? ""}：${u.message[lang]}`);
  }
  return lines;
}

const CHANGE_LABELS: Record<PlanChange["kind"], Record<Lang, string>> = {
  moved: { zh: "改期", en: "moved" },
  added: { zh: "新增", en: "added" },
  cancelled: { zh: "取消", en: "cancelled" },
  reassigned: { zh: "更换召集人", en: "convener changed" },
  "duty-reassigned": { zh: "值班换人", en: "duty reassigned" },
  "reception-reassigned": { zh: "接访换人", en: "reception reassigned" },
  "item-moved": { zh: "议题改会", en: "item moved" },
  "item-unplaced": { zh: "议题撤出", en: "item unplaced" },
  "item-placed": { zh: "议题列入", en: "item placed" },
};

/** One change in the planner's words: what, from → to, and why. */
export function describeChange(spec: Spec, c: PlanChange, lang: Lang): string {
  const zh = lang === "zh";
  const person = (id: string | undefined) => (id === undefined ? (zh ? "（空缺）" : "(empty)") : (spec.people.find((p) => p.id === id)?.name ?? id));
  const label = CHANGE_LABELS[c.kind][lang];
  switch (c.kind) {
    case "moved":
    case "added":
    case "cancelled":
    case "reassigned": {
      const span = [c.from ? `${c.from.date} ${c.from.start}` : "", c.to ? `${c.to.date} ${c.to.start}` : ""].filter((x) => x !== "").join(" → ");
      return `${c.meeting} ${label}${span ? ` ${span}` : ""}${zh ? "：" : ": "}${c.reason[lang]}`;
    }
    case "duty-reassigned": {
      const post = spec.duty.posts.find((p) => p.id === c.post)?.name ?? c.post;
      return `${c.date} ${post} ${label} ${person(c.from)} → ${person(c.to)}${zh ? "：" : ": "}${c.reason[lang]}`;
    }
    case "reception-reassigned": {
      const duty = spec.recurringDuties.find((d) => d.id === c.duty)?.name ?? c.duty;
      return `${c.date} ${duty} ${label} ${person(c.from)} → ${person(c.to)}${zh ? "：" : ": "}${c.reason[lang]}`;
    }
    default: {
      const none = zh ? "（未列入）" : "(not placed)";
      return `${c.item} ${label} ${c.from ?? none} → ${c.to ?? none}${zh ? "：" : ": "}${c.reason[lang]}`;
    }
  }
}
