import { dateOf, endOfMonth, yearOf } from "@yishi/calendar";
import type { RuleParams } from "./rule-params.js";

/** One dated window: `from` through `to`, both included. */
export interface DatedWindow {
  from: string;
  to: string;
}

type Windows = Pick<RuleParams<"agenda.item-window">, "windows">;

/** The windows of one year, each from the day after `afterDay` of its first month to the end of its last (into the next year if it runs past December). */
export function windowsOfYear(params: Windows, year: number): DatedWindow[] {
  return params.windows.map((w) => {
    const last = w.month + w.months - 1;
    return { from: dateOf(year, w.month, w.afterDay + 1), to: endOfMonth(dateOf(year + Math.floor((last - 1) / 12), ((last - 1) % 12) + 1, 1)) };
  });
}

/** Every window of the years around `from`..`to`, by start. */
function windowsAround(params: Windows, from: string, to: string): DatedWindow[] {
  const out: DatedWindow[] = [];
  for (let year = yearOf(from) - 1; year <= yearOf(to) + 1; year++) out.push(...windowsOfYear(params, year));
  return out.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/**
 * The window an item filed on `filedOn` belongs to: the first that has not
 * ended by then (next quarter's work points filed on 03-18 are for the window
 * closing 03-31; filed in April, for June's).
 */
export function windowForFiling(params: Windows, filedOn: string): DatedWindow {
  return windowsAround(params, filedOn, filedOn).filter((w) => w.to >= filedOn).sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : 0))[0]!;
}

/** The windows lying wholly inside a period: only these can be asked of a plan of it. */
export function windowsInside(params: Windows, period: { from: string; to: string }): DatedWindow[] {
  return windowsAround(params, period.from, period.to).filter((w) => w.from >= period.from && w.to <= period.to);
}

/** "2026-03-21至2026-03-31" / "2026-03-21 to 2026-03-31", and the note that the window is the profile's reading of the article's words. */
export function describeWindow(window: DatedWindow, params: Pick<RuleParams<"agenda.item-window">, "when" | "reading">): { zh: string; en: string } {
  const reading = params.reading
    ? { zh: `；条文只说“${params.when.zh}”，此期间是本规则配置的理解`, en: `; the article says only ${params.when.en}, these dates are the profile's reading` }
    : { zh: "", en: "" };
  return { zh: `${params.when.zh}（${window.from}至${window.to}${reading.zh}）`, en: `${params.when.en} (${window.from} to ${window.to}${reading.en})` };
}
