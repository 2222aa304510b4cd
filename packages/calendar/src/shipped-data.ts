import { compareText } from "@yishi/domain";
import { createRequire } from "node:module";
import type { Arrangement, ArrangementTable, ListedDay } from "./arrangement.js";
import { addDays, monthOf, yearOf } from "./dates.js";
import { combineNames, holidayKeyOf, holidayNameByKey, normalizeHolidayName } from "./holiday-names.js";
import { SHIPPED_CORRECTIONS } from "./shipped-corrections.js";

/**
 * The official arrangements shipped with the npm package chinese-days. Only
 * its JSON data is read: its date functions use host-local time and give
 * wrong answers west of UTC. The package has no `exports` map, so the data
 * file resolves as a plain subpath, under vitest on source and from `dist`.
 */
interface ChineseDaysData {
  /** date → `"English name,中文名,n"` for every day off. */
  holidays: Record<string, string>;
  /** date → name for every adjusted working day (调休). */
  workdays: Record<string, string>;
}

const DATA_FILE = "chinese-days/dist/chinese-days.json";

let cached: ArrangementTable | undefined;

/** The shipped arrangements by year, built once. */
export function shippedArrangements(): ArrangementTable {
  cached ??= buildTable(readData());
  return cached;
}

function readData(): ChineseDaysData {
  const data: unknown = createRequire(import.meta.url)(DATA_FILE);
  const isNameMap = (v: unknown): v is Record<string, string> =>
    typeof v === "object" && v !== null && Object.values(v).every((x) => typeof x === "string");
  if (typeof data !== "object" || data === null || !("holidays" in data) || !("workdays" in data) || !isNameMap(data.holidays) || !isNameMap(data.workdays)) {
    throw new Error(`${DATA_FILE} no longer has the {holidays, workdays} shape this package reads; check the chinese-days version`);
  }
  return { holidays: data.holidays, workdays: data.workdays };
}

function buildTable(data: ChineseDaysData): ArrangementTable {
  const raw = new Map<string, { off: boolean; name: string }>();
  for (const [date, name] of Object.entries(data.holidays)) raw.set(date, { off: true, name });
  for (const [date, name] of Object.entries(data.workdays)) raw.set(date, { off: false, name });
  for (const fix of SHIPPED_CORRECTIONS) raw.set(fix.date, { off: fix.off, name: fix.name });

  const byYear = new Map<number, Map<string, { off: boolean; key: string | undefined; name: string }>>();
  for (const [date, { off, name }] of [...raw].sort(([a], [b]) => compareText(a, b))) {
    const key = holidayKeyOf(name);
    // New Year days dated in December belong to the next year's notice.
    const year = key === "new-year" && monthOf(date) === 12 ? yearOf(date) + 1 : yearOf(date);
    let days = byYear.get(year);
    if (days === undefined) byYear.set(year, (days = new Map()));
    days.set(date, { off, key, name });
  }

  const table = new Map<number, Arrangement>();
  for (const [year, days] of byYear) {
    const combined = combinedAutumnName(year, days);
    const arrangement = new Map<string, ListedDay>();
    for (const [date, day] of days) {
      const name = combined !== undefined && (day.key === "mid-autumn" || day.key === "national") ? combined : normalizeHolidayName(day.name);
      arrangement.set(date, { off: day.off, name });
    }
    table.set(year, arrangement);
  }
  return table;
}

/**
 * chinese-days names each day of a joint Mid-Autumn/National Day holiday
 * after one festival, but the notice announces one holiday, `国庆节、中秋节`
 * (or `中秋节、国庆节` when the Mid-Autumn day comes before 1 October). They
 * are joint when a Mid-Autumn day off touches the National Day days off.
 */
function combinedAutumnName(year: number, days: ReadonlyMap<string, { off: boolean; key: string | undefined }>) {
  const offDates = (key: string) => [...days].filter(([, d]) => d.off && d.key === key).map(([date]) => date);
  const national = offDates("national");
  const first = national[0];
  const last = national.at(-1);
  if (first === undefined || last === undefined) return undefined;
  const autumn = offDates("mid-autumn").find((date) => date >= addDays(first, -1) && date <= addDays(last, 1));
  if (autumn === undefined) return undefined;
  const [n, m] = [holidayNameByKey("national"), holidayNameByKey("mid-autumn")];
  return combineNames(autumn < `${year}-10-01` ? [m, n] : [n, m]);
}
