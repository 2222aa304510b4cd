const ZH = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"];
const EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** ISO weekday (1 = Monday) in both languages. */
export function weekdayName(weekday: number): { zh: string; en: string } {
  return { zh: ZH[weekday - 1] ?? String(weekday), en: EN[weekday - 1] ?? String(weekday) };
}
