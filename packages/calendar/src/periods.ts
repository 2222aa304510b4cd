import { LIMITS, YishiError, isSupportedYear } from "@yishi/domain";
import { assertDate, dateOf, diffDays, daysInMonth, endOfMonth, endOfWeek, monthOf, startOfMonth, startOfWeek, yearOf } from "./dates.js";

export type PeriodKind = "year" | "half-year" | "quarter" | "month" | "week" | "range";

/** A closed range of dates with the label a planner would write for it. */
export interface Period {
  from: string;
  to: string;
  /** `2026`, `2026H2`, `2026Q1`, `2026-03` or `FROM..TO` (also used for a week). */
  label: string;
  kind: PeriodKind;
}

/** 1–4. */
export function quarterOf(date: string): number {
  return Math.ceil(monthOf(date) / 3);
}

/** 1 (January–June) or 2 (July–December). */
export function halfYearOf(date: string): number {
  return monthOf(date) <= 6 ? 1 : 2;
}

const SUPPORTED_YEARS = `${LIMITS.minYear}–${LIMITS.maxYear}`;

/**
 * The period number `index` of `year`: quarter 1–4, half-year 1–2, month 1–12;
 * `index` is ignored for a year. The year is one of the supported years
 * (1900–2200): `0026Q1` is a slip for 2026Q1, not a plan for the year 26.
 */
export function periodBounds(kind: "year" | "half-year" | "quarter" | "month", year: number, index = 1): Period {
  const months = { year: 12, "half-year": 6, quarter: 3, month: 1 }[kind];
  const count = 12 / months;
  if (!isSupportedYear(year)) {
    throw new YishiError("PERIOD_INVALID", `there is no ${kind} of year ${year} to plan (expected a year ${SUPPORTED_YEARS})`);
  }
  if (kind !== "year" && (!Number.isInteger(index) || index < 1 || index > count)) {
    throw new YishiError("PERIOD_INVALID", `there is no ${kind} ${index} of year ${year} (expected 1–${count})`);
  }
  const n = kind === "year" ? 1 : index;
  const firstMonth = (n - 1) * months + 1;
  const from = dateOf(year, firstMonth, 1);
  const lastMonth = firstMonth + months - 1;
  const to = dateOf(year, lastMonth, daysInMonth(year, lastMonth));
  const label = {
    year: `${year}`,
    "half-year": `${year}H${n}`,
    quarter: `${year}Q${n}`,
    month: `${year}-${String(n).padStart(2, "0")}`,
  }[kind];
  return { from, to, label, kind };
}

/** The week (Monday–Sunday), month, quarter, half-year or year containing `date`. */
export function periodContaining(kind: Exclude<PeriodKind, "range">, date: string): Period {
  switch (kind) {
    case "week": {
      const from = startOfWeek(date);
      return { from, to: endOfWeek(date), label: `${from}..${endOfWeek(date)}`, kind };
    }
    case "month":
      return { ...periodBounds("month", yearOf(date), monthOf(date)), from: startOfMonth(date), to: endOfMonth(date) };
    case "quarter":
      return periodBounds("quarter", yearOf(date), quarterOf(date));
    case "half-year":
      return periodBounds("half-year", yearOf(date), halfYearOf(date));
    case "year":
      return periodBounds("year", yearOf(date));
  }
}

const FORMS = "2026, 2026H1, 2026Q1, 2026-03 or 2026-01-05..2026-02-20";

/**
 * Reads a period as a planner writes it: `2026`, `2026H2`, `2026Q1`, `2026-03`,
 * `FROM..TO`; in the years 1900–2200 and at most 366 days long, so that a slip
 * (`1000..9999`, `0026Q1`) is refused at once rather than planned.
 */
export function parsePeriod(text: string): Period {
  const input = text.trim();
  const invalid = (why: string, expected = FORMS) => new YishiError("PERIOD_INVALID", `${JSON.stringify(text)} is not a period: ${why} (expected ${expected})`);
  const inYear = (year: string) => {
    if (!isSupportedYear(Number(year))) throw invalid(`the year ${year} is outside the supported years`, `a year ${SUPPORTED_YEARS}`);
    return Number(year);
  };
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(input))) return periodBounds("year", inYear(m[1]!));
  if ((m = /^(\d{4})[Hh]([12])$/.exec(input))) return periodBounds("half-year", inYear(m[1]!), Number(m[2]));
  if ((m = /^(\d{4})[Qq]([1-4])$/.exec(input))) return periodBounds("quarter", inYear(m[1]!), Number(m[2]));
  if ((m = /^(\d{4})-(\d{2})$/.exec(input))) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) throw invalid(`month ${m[2]} does not exist`);
    return periodBounds("month", inYear(m[1]!), month);
  }
  if ((m = /^(\S+)\.\.(\S+)$/.exec(input))) {
    const [from, to] = [m[1]!, m[2]!];
    try {
      assertDate(from, "the start");
      assertDate(to, "the end");
    } catch (error) {
      throw invalid((error as Error).message);
    }
    if (to < from) throw invalid("the end is before the start");
    const days = diffDays(from, to) + 1;
    if (days > LIMITS.maxPeriodDays) throw invalid(`it is ${days} days long`, `a period of at most ${LIMITS.maxPeriodDays} days`);
    return { from, to, label: `${from}..${to}`, kind: "range" };
  }
  throw invalid("unrecognised form");
}
