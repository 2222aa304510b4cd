import { z } from "zod";
import { IsoDate, LocalizedText } from "./primitives.js";

/** One day as a working-day calendar describes it (see @yishi/calendar's DayDescription). */
export const SnapshotDay = z.strictObject({
  date: IsoDate,
  weekday: z.number().int().min(1).max(7),
  working: z.boolean(),
  kind: z.enum(["workday", "weekend", "holiday", "adjusted-workday"]),
  holiday: LocalizedText.optional(),
  source: z.enum(["shipped", "national", "regional", "unit", "weekday-rule", "provisional"]),
});
export type SnapshotDay = z.infer<typeof SnapshotDay>;

/**
 * A working-day calendar frozen over a window of whole years: what the
 * browser workbench judges with, so an edit is judged on exactly the days
 * the server's calendar (shipped arrangements, the spec's holiday files,
 * provisional years) gives. A year the calendar could not describe is listed
 * with the error it gave, which the snapshot gives again.
 */
export const CalendarSnapshot = z.strictObject({
  days: z.array(SnapshotDay).max(4 * 366),
  unknownYears: z.array(z.strictObject({ year: z.number().int(), message: z.string() })).max(4),
  knownYears: z.array(z.number().int()).max(1000),
  provisionalYears: z.array(z.number().int()).max(4),
});
export type CalendarSnapshot = z.infer<typeof CalendarSnapshot>;
