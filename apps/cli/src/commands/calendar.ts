import { Option, type Command } from "commander";
import { dateOf, daysInMonth, diffDays, eachDay, loadCalendar, parsePeriod, weekdayOf, WEEKDAY_NAMES, type DayDescription, type WorkCalendar } from "@yishi/calendar";
import type { CommandContext } from "../context.js";
import { createFormatOption, printJson, type OutputFormat } from "../format-option.js";

export type Lang = "zh" | "en";

export interface CalendarCliOptions {
  holidays?: string[];
  assumeWeekends?: boolean;
  lang: Lang;
  format: OutputFormat;
}

/** The options every calendar-reading command shares (also used by `workdays`). */
export function addCalendarOptions(command: Command): Command {
  return command
    .option("--holidays <files...>", "holiday-cn JSON files with official arrangements for years not shipped, or to correct them (give it after the other arguments)")
    .option("--assume-weekends", "treat a year with no known arrangement as plain weeks (Sat–Sun off)")
    .addOption(new Option("--lang <lang>", "output language").choices(["zh", "en"]).default("zh"))
    .addOption(createFormatOption());
}

export function calendarFromOptions(options: CalendarCliOptions): WorkCalendar {
  return loadCalendar({ national: options.holidays ?? [] }, { assumeWeekendsOnly: options.assumeWeekends ?? false });
}

export function registerCalendarCommand(program: Command, ctx: CommandContext): void {
  addCalendarOptions(
    program
      .command("calendar")
      .description("show the working-day calendar of a period: 2026, 2026H1, 2026Q1, 2026-03 or 2026-01-05..2026-02-20")
      .argument("<period>", "the period to show"),
  ).action((periodText: string, options: CalendarCliOptions) => {
    const calendar = calendarFromOptions(options);
    if (options.format === "json") printJson(ctx.io, describePeriod(calendar, periodText));
    else ctx.io.out(renderPeriod(calendar, periodText, options.lang));
  });
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const TEXT = {
  zh: {
    weekdays: WEEKDAY_NAMES.zhShort,
    month: (y: number, m: number) => `${y}年${m}月`,
    title: (label: string, from: string, to: string, n: number) => `${label} 工作日历（${from} 至 ${to}，工作日 ${n} 天）`,
    legend: "图例：* 放假  + 调休上班",
    off: "放假",
    adjusted: "调休上班",
  },
  en: {
    weekdays: WEEKDAY_NAMES.enMin,
    month: (y: number, m: number) => `${MONTHS[m - 1]} ${y}`,
    title: (label: string, from: string, to: string, n: number) => `${label} working-day calendar (${from} to ${to}, ${n} working days)`,
    legend: "Legend: * holiday (day off)  + adjusted working day",
    off: "day off",
    adjusted: "adjusted working day",
  },
} as const;

/** The period as data: every day described (working or not, and why), and the count of working days. */
function describePeriod(calendar: WorkCalendar, periodText: string) {
  const period = parsePeriod(periodText);
  const days = eachDay(period.from, period.to).map((date) => calendar.describeDay(date));
  return { period: { label: period.label, from: period.from, to: period.to }, workingDays: days.filter((d) => d.working).length, days };
}

/**
 * Month grids, Monday first, then a legend. Every cell is 4 terminal columns:
 * a day is two digits, a one-character ASCII mark and a space; a Chinese
 * weekday heading is one double-width character and two spaces.
 */
function renderPeriod(calendar: WorkCalendar, periodText: string, lang: Lang): string {
  const period = parsePeriod(periodText);
  const text = TEXT[lang];
  const days = new Map(eachDay(period.from, period.to).map((date) => [date, calendar.describeDay(date)]));
  const working = [...days.values()].filter((d) => d.working).length;
  const lines = [text.title(period.label, period.from, period.to, working), ""];

  for (let month = period.from.slice(0, 7); month <= period.to.slice(0, 7); month = nextMonth(month)) {
    const [year, m] = month.split("-").map(Number) as [number, number];
    lines.push(text.month(year, m), text.weekdays.map((w) => `${w}  `).join("").trimEnd());
    let row = "    ".repeat(weekdayOf(dateOf(year, m, 1)) - 1);
    for (let d = 1; d <= daysInMonth(year, m); d++) {
      const date = dateOf(year, m, d);
      const day = days.get(date);
      // Days outside a FROM..TO period stay blank; weeks with none inside are left out.
      row += day === undefined ? "    " : `${String(d).padStart(2)}${markOf(day)} `;
      if (weekdayOf(date) === 7 || d === daysInMonth(year, m)) {
        if (row.trim() !== "") lines.push(row.trimEnd());
        row = "";
      }
    }
    lines.push("");
  }

  const marked = [...days.values()].filter((d) => markOf(d) !== " ");
  if (marked.length > 0) {
    lines.push(text.legend);
    for (const run of groupRuns(marked, (d) => `${markOf(d)}${d.holiday?.[lang] ?? ""}`)) {
      const first = run[0]!;
      const span = run.length === 1 ? first.date : `${first.date}..${run.at(-1)!.date}`;
      lines.push(`  ${markOf(first)} ${span.padEnd(22)}  ${first.holiday?.[lang] ?? ""} ${first.kind === "holiday" ? text.off : text.adjusted}`);
    }
  }
  return lines.join("\n");
}

/** `*` for a holiday day off, `+` for a weekend day made a working day, else a space. */
function markOf(day: DayDescription): string {
  if (day.kind === "holiday") return "*";
  if (day.kind === "adjusted-workday") return "+";
  return " ";
}

/** Splits days (in date order) into runs of consecutive dates sharing a key. */
export function groupRuns(days: DayDescription[], keyOf: (day: DayDescription) => string): DayDescription[][] {
  const runs: DayDescription[][] = [];
  for (const day of days) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run !== undefined && last !== undefined && diffDays(last.date, day.date) === 1 && keyOf(last) === keyOf(day)) run.push(day);
    else runs.push([day]);
  }
  return runs;
}

function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}
