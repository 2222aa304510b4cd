import { createCalendar, type CalendarOptions, type WorkCalendar } from "./calendar.js";
import { loadHolidayFile } from "./load-holiday-file.js";

/** Paths of holiday-cn files for each layer; see `CalendarOptions` for what each layer does. */
export interface CalendarFiles {
  national?: string[];
  regional?: string[];
  unit?: string[];
}

/** Reads the layer files (in order: later files win) and builds the calendar. */
export function loadCalendar(files: CalendarFiles, options: Pick<CalendarOptions, "assumeWeekendsOnly" | "saturdayWorkdaysCount"> = {}): WorkCalendar {
  const load = (paths: string[] | undefined) => (paths ?? []).map(loadHolidayFile);
  return createCalendar({ ...options, national: load(files.national), regional: load(files.regional), unit: load(files.unit) });
}
