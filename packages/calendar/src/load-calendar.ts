import { createCalendar, type CalendarOptions, type WorkCalendar } from "./calendar.js";
import { resolveSpecPath, type HolidayFile, type LoadedSpec } from "@yishi/domain";
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
 * resolved against the spec's folder (as a planner writes them) and read by
 * `readHolidayFile` (from disk by default; a batch worker passes texts the
 * coordinator read). `provisional` overrides the spec's own setting.
 */
export function createSpecCalendar(
  loaded: Pick<LoadedSpec, "spec" | "baseDir">,
  readHolidayFile: (path: string) => HolidayFile = loadHolidayFile,
  options: { provisional?: boolean } = {},
): WorkCalendar {
  const settings = loaded.spec.calendar;
  const load = (paths: string[]) => paths.map((p) => readHolidayFile(resolveSpecPath(loaded, p)));
  return createCalendar({
    national: load(settings.national),
    regional: load(settings.regional),
    unit: load(settings.unit),
    assumeWeekendsOnly: settings.assumeWeekendsOnly,
    provisional: options.provisional ?? settings.provisional,
  });
}

/** The calendar a spec asks for, its holiday files read from disk. */
export function loadSpecCalendar(loaded: Pick<LoadedSpec, "spec" | "baseDir">, options: { provisional?: boolean } = {}): WorkCalendar {
  return createSpecCalendar(loaded, loadHolidayFile, options);
}
