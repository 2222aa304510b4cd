import type { CheckContext } from "./types.js";

/** A heavy duty day: a weekend day or public holiday (an adjusted working Saturday is an ordinary day). */
export function isHeavyDay(ctx: CheckContext, date: string): boolean {
  const kind = ctx.calendar.describeDay(date).kind;
  return kind === "weekend" || kind === "holiday";
}
