/**
 * Weekday names by ISO weekday (index 0 = Monday … 6 = Sunday), in every form
 * the packages and apps print, so a place keeps its own form but no table is
 * written twice.
 */
export const WEEKDAY_NAMES = {
  /** 星期一 … 星期日 */
  zh: ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"],
  /** 一 … 日: calendar column heads, and the tail of 星期X / 周X. */
  zhShort: ["一", "二", "三", "四", "五", "六", "日"],
  /** Monday … Sunday */
  en: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
  /** Mon … Sun */
  enShort: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
  /** Mo … Su: calendar column heads. */
  enMin: ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"],
} as const;

export type WeekdayNameForm = keyof typeof WEEKDAY_NAMES;

/** The name of ISO weekday `weekday` (1 = Monday … 7 = Sunday) in `form`; undefined outside 1–7, so each caller keeps its own fallback. */
export function weekdayName(weekday: number, form: WeekdayNameForm): string | undefined {
  return Number.isInteger(weekday) ? WEEKDAY_NAMES[form][weekday - 1] : undefined;
}
