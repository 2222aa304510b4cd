import { dirname, resolve } from "node:path";
import { YishiError, type Spec } from "@yishi/domain";
import { createSpecCalendar, parseHolidayFileText, type WorkCalendar } from "@yishi/calendar";

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
 * read (a remote worker has no access to its disk): the calendar package's
 * own reading, with the texts in place of the files.
 */
export function buildSpecCalendar(spec: Spec, baseDir: string, texts: Readonly<Record<string, string>>): WorkCalendar {
  return createSpecCalendar({ spec, baseDir }, (path) => {
    const text = texts[path];
    if (text === undefined) throw new YishiError("FILE_NOT_FOUND", `holiday file ${path} does not exist`, { file: path });
    return parseHolidayFileText(text, path);
  });
}
