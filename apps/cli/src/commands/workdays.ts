import type { Command } from "commander";
import { YishiError, type LocalizedText } from "@yishi/domain";
import { addDays, assertDate, eachDay, WEEKDAY_NAMES, type DayDescription } from "@yishi/calendar";
import type { CommandContext } from "../context.js";
import { addCalendarOptions, calendarFromOptions, groupRuns, type CalendarCliOptions, type Lang } from "./calendar.js";
import { printJson } from "../format-option.js";

const WEEKDAYS: Record<Lang, readonly string[]> = { zh: WEEKDAY_NAMES.zh, en: WEEKDAY_NAMES.en };

const KINDS: Record<DayDescription["kind"], LocalizedText> = {
  workday: { zh: "工作日", en: "workday" },
  weekend: { zh: "周末", en: "weekend" },
  holiday: { zh: "放假", en: "holiday" },
  "adjusted-workday": { zh: "调休上班", en: "adjusted working day" },
};

export function registerWorkdaysCommand(program: Command, ctx: CommandContext): void {
  const workdays = program.command("workdays").description("working-day arithmetic on the mainland China calendar");

  addCalendarOptions(
    workdays
      .command("add")
      .description("the date N working days after DATE (before it when N is negative)")
      .argument("<date>", "start date, YYYY-MM-DD (not counted)")
      .argument("<n>", "number of working days")
      .option("--explain", "also say which days were skipped and why")
      // So that a negative N such as `-3` reads as the argument it is, not an option.
      .allowUnknownOption(),
  ).action((date: string, nText: string, options: CalendarCliOptions & { explain?: boolean }) => {
    if (!/^-?\d+$/.test(nText)) throw new YishiError("USAGE", `the number of working days must be a whole number, found ${JSON.stringify(nText)}`);
    const n = Number(nText);
    const calendar = calendarFromOptions(options);
    const result = calendar.addWorkingDays(assertDate(date, "the start date"), n);
    const walked = () => eachDay(...span(date, n, result)).map(calendar.describeDay);
    if (options.format === "json") {
      const days = walked();
      printJson(ctx.io, { date, n, result, day: calendar.describeDay(result), skipped: days.filter((d) => !d.working), adjustedWorkdays: days.filter((d) => d.working && d.kind === "adjusted-workday").map((d) => d.date) });
    } else ctx.io.out(options.explain ? explainAdd(date, n, result, walked(), options.lang) : result);
  });

  addCalendarOptions(
    workdays
      .command("between")
      .description("working days after A up to and including B (what “within N working days” counts)")
      .argument("<a>", "start date, YYYY-MM-DD (not counted)")
      .argument("<b>", "end date, YYYY-MM-DD (counted)"),
  ).action((a: string, b: string, options: CalendarCliOptions) => {
    const workingDays = calendarFromOptions(options).workingDaysBetween(assertDate(a, "A"), assertDate(b, "B"));
    if (options.format === "json") printJson(ctx.io, { from: a, to: b, workingDays });
    else ctx.io.out(String(workingDays));
  });

  addCalendarOptions(
    workdays.command("is").description("describe one day: working or not, and why").argument("<date>", "the day, YYYY-MM-DD"),
  ).action((date: string, options: CalendarCliOptions) => {
    const day = calendarFromOptions(options).describeDay(assertDate(date));
    if (options.format === "json") printJson(ctx.io, day);
    else ctx.io.out(describeLine(day, options.lang));
  });
}

/** The days `addWorkingDays` walked over, `date` itself excluded unless n = 0. */
function span(date: string, n: number, result: string): [string, string] {
  if (n > 0) return [addDays(date, 1), result];
  if (n < 0) return [result, addDays(date, -1)];
  return [date, result];
}

/** `2026-02-14 星期六：工作日（调休上班，春节）` */
function describeLine(day: DayDescription, lang: Lang): string {
  const reason = [KINDS[day.kind][lang], day.holiday?.[lang]].filter((x) => x !== undefined).join(lang === "zh" ? "，" : ", ");
  const status = day.working ? (lang === "zh" ? "工作日" : "working day") : lang === "zh" ? "休息日" : "day off";
  const source = lang === "zh" ? `依据：${day.source}` : `source: ${day.source}`;
  return lang === "zh"
    ? `${day.date} ${WEEKDAYS.zh[day.weekday - 1]}：${status}（${reason}；${source}）`
    : `${day.date} ${WEEKDAYS.en[day.weekday - 1]}: ${status} (${reason}; ${source})`;
}

function explainAdd(date: string, n: number, result: string, walked: DayDescription[], lang: Lang): string {
  const last = walked.find((d) => d.date === result)!;
  const skipped = walked.filter((d) => !d.working);
  const adjusted = walked.filter((d) => d.working && d.kind === "adjusted-workday").map((d) => d.date);
  const runs = groupRuns(skipped, (d) => d.holiday?.[lang] ?? d.kind).map((run) => {
    const first = run[0]!;
    const dates = run.length === 1 ? first.date : `${first.date}..${run.at(-1)!.date}`;
    return `${dates} ${first.holiday?.[lang] ?? KINDS[first.kind][lang]}`;
  });
  const zh = lang === "zh";
  const which = n > 0 ? `之后第 ${n} 个工作日` : n < 0 ? `之前第 ${-n} 个工作日` : "当天或之后的第一个工作日";
  const lines = [
    zh
      ? `${date} ${which}：${result}（${WEEKDAYS.zh[last.weekday - 1]}）`
      : `${date} ${n >= 0 ? "+" : "−"} ${Math.abs(n)} working days = ${result} (${WEEKDAYS.en[last.weekday - 1]})`,
  ];
  if (runs.length > 0) lines.push(zh ? `跳过 ${skipped.length} 个休息日：${runs.join("；")}` : `skipped ${skipped.length} days off: ${runs.join("; ")}`);
  if (adjusted.length > 0) lines.push(zh ? `计入调休上班日：${adjusted.join("、")}` : `counted adjusted working days: ${adjusted.join(", ")}`);
  return lines.join("\n");
}
