import { createCalendar, type CalendarOptions, type WorkCalendar } from "./calendar.js";
import { resolveSpecPath, type LoadedSpec } from "@yishi/domain";
import { loadHolidayFile } from "./load-holiday-file.js";

/** Paths of holiday-cn files for each layer; see `CalendarOptions` for what each layer does. */
export interface CalendarFiles {
  national?: string[];
  regional?: string[];
  unit?: string[];
}

/** Reads the layer files (in order: later files win) and builds the calendar. */
export function loadCalendar(files: CalendarFiles, options: Pick<CalendarOptions, "assumeWeekendsOnly" | "saturdayWorkdaysCount" | "provisional"> = {}): WorkCalendar {
  const load = (paths: string[] | undefined) => (paths ?? []).map(loadHolidayFile);
  return createCalendar({ ...options, national: load(files.national), regional: load(files.regional), unit: load(files.unit) });
}

/**
 * The calendar a spec asks for: its `calendar` settings, with holiday files
 * resolved against the spec's folder (as a planner writes them).
 */
export function loadSpecCalendar(loaded: Pick<LoadedSpec, "spec" | "baseDir">, options: { provisional?: boolean } = {}): WorkCalendar {
  const settings = loaded.spec.calendar;
  const resolveAll = (paths: string[]) => paths.map((p) => resolveSpecPath(loaded, p));
  return loadCalendar(
    { national: resolveAll(settings.national), regional: resolveAll(settings.regional), unit: resolveAll(settings.unit) },
    { assumeWeekendsOnly: settings.assumeWeekendsOnly, provisional: options.provisional ?? settings.provisional },
  );
}
