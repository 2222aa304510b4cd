import { Option, type Command } from "commander";
import { YishiError, loadPlan, type PlannedMeeting, type SolveReport, type Spec, type UnplacedItem } from "@yishi/domain";
import { loadSpecCalendar, parsePeriod } from "@yishi/calendar";
import { loadSpecWithImports } from "@yishi/tables";
import { resolveProfile } from "@yishi/rules";
import { allocateAgenda, planMeetings, AGENDA_MEETING_TYPES } from "@yishi/solver";
import type { CommandContext } from "../context.js";
import { onlyOnce } from "./only-once.js";
import { assertPlanOfSpec } from "./assert-plan-of-spec.js";
import { resolveMeeting } from "./resolve-meeting.js";

type Lang = "zh" | "en";
interface AgendaOptions {
  meeting?: string;
  period?: string;
  format: "text" | "json";
  lang: Lang;
}

const TEXT = {
  zh: { minutes: "分钟", unplaced: "未安排的议题", none: "（无议题）", optimal: "已证明最优", gap: "与上界差", reasons: { "not-ready": "未按时申报或报送材料", "review-missing": "缺少审查", "sponsor-absent": "分管领导或单位主要负责人不能出席", "no-capacity": "会议已满", "not-listable": "不列入议题", "wrong-meeting": "没有相应会议", withdrawn: "编排人员移出议程" } },
  en: { minutes: "min", unplaced: "Items not placed", none: "(no items)", optimal: "proved optimal", gap: "gap to bound", reasons: { "not-ready": "not filed or materials not in on time", "review-missing": "review missing", "sponsor-absent": "responsible leader or unit head away", "no-capacity": "meetings full", "not-listable": "not listable", "wrong-meeting": "no such meeting", withdrawn: "taken off by the planner" } },
} as const;

/**
 * `yishi agenda SPEC [PLAN] --meeting MEETING | --period P`: allocates filed items
 * (议题) into the meetings of PLAN, or of a meetings plan made on the spot,
 * and prints each agenda with start times and the items left out, with why.
 */
export function registerAgendaCommand(program: Command, ctx: CommandContext): void {
  program
    .command("agenda")
    .description("allocate filed items (议题) to meetings and print the agendas and the items not placed, with reasons")
    .argument("<spec>", "the spec file (YAML or JSON)")
    .argument("[plan]", "a plan JSON whose meetings take the items; without it the meetings are planned first")
    .option("--meeting <meeting>", "show only this meeting: its id (exec#3), title, SERIES@DATE (exec@2026-02-12) or date", onlyOnce)
    .option("--period <period>", "2026Q1, 2026H1, 2026, 2026-03 or A..B (default: the plan's period)", onlyOnce)
    .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text"))
    .addOption(new Option("--lang <lang>", "output language").choices(["zh", "en"]).default("zh"))
    .action(async (specFile: string, planFile: string | undefined, options: AgendaOptions) => {
      const loaded = await loadSpecWithImports(specFile);
      const { spec } = loaded;
      const profile = resolveProfile(spec.profile, { file: loaded.file });
      const calendar = loadSpecCalendar(loaded);
      const plan = planFile === undefined ? undefined : loadPlan(planFile);
      if (plan !== undefined) assertPlanOfSpec(specFile, spec, planFile!, plan);
      if (options.period === undefined && plan === undefined) throw new YishiError("USAGE", "give --period (e.g. --period 2026Q1) or a PLAN file whose meetings take the items");
      const period = options.period !== undefined ? parsePeriod(options.period) : { ...plan!.period };
      const meetings = plan !== undefined ? plan.meetings : (await planMeetings({ spec, profile, calendar, period })).meetings;
      const result = await allocateAgenda({ spec, profile, calendar, period, meetings });
      const agendaMeetings = result.meetings.filter((m) => AGENDA_MEETING_TYPES.includes(m.type));
      let shown = agendaMeetings.filter((m) => m.status !== "cancelled" && m.date >= period.from && m.date <= period.to);
      if (options.meeting !== undefined) {
        const meeting = resolveMeeting(spec, agendaMeetings, "--meeting", options.meeting, period.label);
        shown = shown.filter((m) => m === meeting);
        if (shown.length === 0) throw new YishiError("USAGE", `--meeting: ${meeting.id} (${meeting.title}, ${meeting.date}) is ${meeting.status === "cancelled" ? "cancelled" : `outside ${period.label}`}`, { path: ["--meeting"] });
      }
      const onShown = new Set(shown.flatMap((m) => m.agenda.map((e) => e.item)));
      const notices = result.notices.filter((n) => onShown.has(n.item));
      if (options.format === "json") {
        ctx.io.out(`${JSON.stringify({ period: { from: period.from, to: period.to, label: period.label }, meetings: shown.map((m) => describeMeeting(spec, m)), unplaced: result.unplaced, notices, solve: result.solve }, null, 2)}`);
        return;
      }
      ctx.io.out(renderText(spec, shown, options.meeting === undefined ? result.unplaced : [], result.solve, options.lang));
    });
}

function describeMeeting(spec: Spec, m: PlannedMeeting) {
  const items = new Map(spec.agendaItems.map((i) => [i.id, i]));
  return {
    id: m.id,
    type: m.type,
    title: m.title,
    date: m.date,
    start: m.start,
    end: m.end,
    room: m.room ?? null,
    totalMinutes: m.agenda.reduce((s, e) => s + e.minutes, 0),
    agenda: m.agenda.map((e) => {
      const item = items.get(e.item)!;
      return { order: e.order, start: e.start, minutes: e.minutes, item: e.item, title: item.title, unit: item.unit, responsibleLeader: item.responsibleLeader };
    }),
  };
}

function renderText(spec: Spec, meetings: PlannedMeeting[], unplaced: UnplacedItem[], solve: SolveReport[], lang: Lang): string {
  const t = TEXT[lang];
  const people = new Map(spec.people.map((p) => [p.id, p.name]));
  const units = new Map(spec.units.map((u) => [u.id, u.name]));
  const rooms = new Map(spec.rooms.map((r) => [r.id, r.name]));
  const items = new Map(spec.agendaItems.map((i) => [i.id, i]));
  const lines: string[] = [];
  for (const m of meetings) {
    const total = m.agenda.reduce((s, e) => s + e.minutes, 0);
    const room = m.room !== undefined ? `  ${rooms.get(m.room) ?? m.room}` : "";
    lines.push(`${m.title}  ${m.date} ${m.start}–${m.end}${room}  [${m.id}]  ${m.agenda.length}/${total}${t.minutes}`);
    if (m.agenda.length === 0) lines.push(`  ${t.none}`);
    for (const e of m.agenda) {
      const item = items.get(e.item)!;
      lines.push(`  ${String(e.order).padStart(2)}. ${e.start}  ${String(e.minutes).padStart(3)}${t.minutes}  ${item.id} ${item.title}  ${units.get(item.unit) ?? item.unit}  ${people.get(item.responsibleLeader) ?? item.responsibleLeader}`);
    }
    lines.push("");
  }
  if (unplaced.length > 0) {
    lines.push(`${t.unplaced} (${unplaced.length})`);
    for (const u of unplaced) lines.push(`  ${u.item} ${items.get(u.item)?.title ?? ""}  [${u.reason}: ${t.reasons[u.reason]}]`, `    ${u.message[lang]}`);
    lines.push("");
  }
  for (const s of solve) lines.push(s.optimal ? `(${t.optimal})` : `(${t.gap}: ${((s.bound ?? s.objective) - s.objective).toFixed(1)})`);
  return lines.join("\n");
}

