import { dirname, resolve } from "node:path";
import { YishiError, formatIssue, type Issue, type Spec } from "@yishi/domain";
import { createCalendar, parseHolidayFile, type WorkCalendar } from "@yishi/calendar";

/** The folder a spec's relative paths are resolved against, as `loadSpec` sets it. */
export function specBaseDir(specFile: string): string {
  return dirname(resolve(specFile));
}

/** Absolute paths of the holiday files a spec names, in layer order. */
export function listHolidayPaths(calendar: Pick<Spec["calendar"], "national" | "regional" | "unit">, baseDir: string): string[] {
  return [...calendar.national, ...calendar.regional, ...calendar.unit].map((p) => resolve(baseDir, p));
}

/**
 * The calendar a spec asks for, built from holiday file texts the coordinator
 * read (a remote worker has no access to its disk). Mirrors
 * `loadSpecCalendar` and `loadHolidayFile` of @yishi/calendar, with their
 * messages, because those read from disk and take no texts.
 */
export function buildSpecCalendar(spec: Spec, baseDir: string, texts: Readonly<Record<string, string>>): WorkCalendar {
  const settings = spec.calendar;
  const load = (paths: string[]) => paths.map((p) => parseHolidayText(resolve(baseDir, p), texts));
  return createCalendar({ assumeWeekendsOnly: settings.assumeWeekendsOnly, national: load(settings.national), regional: load(settings.regional), unit: load(settings.unit) });
}

function parseHolidayText(path: string, texts: Readonly<Record<string, string>>) {
  const text = texts[path];
  if (text === undefined) throw new YishiError("FILE_NOT_FOUND", `holiday file ${path} does not exist`, { file: path });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const issue: Issue = { file: path, path: [], message: `not valid JSON: ${(error as Error).message}` };
    throw new YishiError("HOLIDAY_DATA_INVALID", `holiday file ${path} is not a valid holiday-cn file: ${formatIssue({ ...issue, file: undefined })}`, { file: path, path: [], issues: [issue] });
  }
  return parseHolidayFile(data, path);
}
