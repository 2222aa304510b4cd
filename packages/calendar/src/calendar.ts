import { YishiError, type HolidayFile, type LocalizedText } from "@yishi/domain";
import type { Arrangement, ListedDay } from "./arrangement.js";
import { assertDate, isWeekend, weekdayOf, yearOf } from "./dates.js";
import { normalizeHolidayName } from "./holiday-names.js";
import type { PeriodKind } from "./periods.js";
import { buildWorkCalendar } from "./build-work-calendar.js";
import type { DayDescription, DaySource, WorkCalendar } from "./work-calendar.js";

export type { DayDescription, DayKind, DaySource, WorkCalendar } from "./work-calendar.js";
import { shippedArrangements } from "./shipped-data.js";
import { provisionalArrangement } from "./statutory-holidays.js";

export interface CalendarOptions {
  /**
   * Official arrangements (holiday-cn files). A file for year Y replaces the
   * shipped arrangement of Y as a whole: it is a complete State Council notice.
   */
  national?: HolidayFile[];
  /** Regional days off or on: each listed day overrides that one date only. */
  regional?: HolidayFile[];
  /** A unit's own days off or on, over regional: each listed day overrides that one date only. */
  unit?: HolidayFile[];
  /** Treat a year with no known arrangement as plain weeks (Sat–Sun off) instead of throwing. */
  assumeWeekendsOnly?: boolean;
  /**
   * For a year with no known arrangement (2025 on), rest on the statutory
   * holidays of 《全国年节及纪念日放假办法》 (lunar dates computed) and plain
   * weekends, with no make-up working days: a provisional calendar until the
   * State Council publishes the year. Takes precedence over assumeWeekendsOnly.
   */
  provisional?: boolean;
  /** Whether adjusted working weekend days (调休) count as working days; default true. */
  saturdayWorkdaysCount?: boolean;
}

interface LayeredDay extends ListedDay {
  source: Exclude<DaySource, "weekday-rule">;
}

export function createCalendar(options: CalendarOptions = {}): WorkCalendar {
  const assumeWeekendsOnly = options.assumeWeekendsOnly ?? false;
  const provisional = options.provisional ?? false;
  const provisionalDays = new Map<number, Arrangement>();
  const provisionalOf = (year: number) => provisionalDays.get(year) ?? provisionalDays.set(year, provisionalArrangement(year)).get(year)!;
  const adjustedDaysCount = options.saturdayWorkdaysCount ?? true;

  const arrangements = new Map<number, { days: Arrangement; source: "shipped" | "national" }>();
  for (const [year, days] of shippedArrangements()) arrangements.set(year, { days, source: "shipped" });
  for (const file of options.national ?? []) {
    if (file.days.length === 0) {
      // holiday-cn publishes an empty file for a year not yet announced; taking
      // it as "no holidays at all" would silently plan on 元旦 and 春节.
      throw new YishiError("HOLIDAY_DATA_INVALID", `the national holiday file for ${file.year} lists no days: its arrangement is not published yet`, {
        path: ["days"],
      });
    }
    arrangements.set(file.year, { days: arrangementOf(file), source: "national" });
  }
  const known = new Set(arrangements.keys());

  // Later wins per date: arrangements by year (a notice's December days sit
  // under the next year), then regional, then unit.
  const listed = new Map<string, LayeredDay>();
  for (const [, { days, source }] of [...arrangements].sort(([a], [b]) => a - b)) {
    for (const [date, day] of days) listed.set(date, { ...day, source });
  }
  for (const [source, files] of [["regional", options.regional], ["unit", options.unit]] as const) {
    for (const file of files ?? []) for (const [date, day] of arrangementOf(file)) listed.set(date, { ...day, source });
  }

  function describeDay(date: string): DayDescription {
    assertDate(date);
    const year = yearOf(date);
    const provisionalYear = !known.has(year) && provisional;
    if (!known.has(year) && !provisional && !assumeWeekendsOnly) throw unknownYear(year, [...known]);
    const weekday = weekdayOf(date);
    const weekend = isWeekend(date);
    // A provisional year: the statutory days under any regional or unit file's own days.
    const statutory = provisionalYear ? provisionalOf(year).get(date) : undefined;
    const day = listed.get(date) ?? (statutory ? { ...statutory, source: "provisional" as const } : undefined);
    if (day === undefined) {
      return { date, weekday, working: !weekend, kind: weekend ? "weekend" : "workday", source: "weekday-rule" };
    }
    if (day.off) return { date, weekday, working: false, kind: "holiday", holiday: day.name, source: day.source };
    return {
      date,
      weekday,
      working: weekend ? adjustedDaysCount : true,
      kind: weekend ? "adjusted-workday" : "workday",
      holiday: day.name,
      source: day.source,
    };
  }

  return buildWorkCalendar(describeDay, {
    knownYears: () => [...known].sort((a, b) => a - b),
    hasYear: (year) => known.has(year),
    isProvisional: (date) => provisional && !known.has(yearOf(assertDate(date))),
  });
}

function arrangementOf(file: HolidayFile): Arrangement {
  return new Map(file.days.map((d) => [d.date, { off: d.isOffDay, name: normalizeHolidayName(d.name) }]));
}

function unknownYear(year: number, known: number[]): YishiError {
  return new YishiError(
    "UNKNOWN_HOLIDAY_YEAR",
    `no official holiday arrangement is known for ${year} (known: ${formatYears(known)}). ` +
      // Name only real ways in: spec fields (every command reads them), the two flags `yishi calendar` and `yishi workdays` have, and the API.
      `Either supply ${year}'s arrangement as a holiday-cn JSON file (spec field calendar.national: [${year}.json]; ` +
      `yishi calendar/workdays: --holidays ${year}.json; API: createCalendar({ national: [file] })), ` +
      `or plan provisionally on the statutory holidays of 《全国年节及纪念日放假办法》 until the arrangement is published ` +
      `(yishi plan --provisional; spec field calendar.provisional: true; API: createCalendar({ provisional: true })), ` +
      `or opt in to treating only Saturdays and Sundays as days off (spec field calendar.assumeWeekendsOnly: true; ` +
      `yishi calendar/workdays: --assume-weekends; API: createCalendar({ assumeWeekendsOnly: true })).`,
  );
}

/** `2004–2026, 2028`. */
function formatYears(years: number[]): string {
  const sorted = [...years].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return runs.length === 0 ? "none" : runs.join(", ");
}
