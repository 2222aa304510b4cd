import { readFileSync } from "node:fs";
import { HolidayFile, YishiError, decodeInputText, formatIssue, type Issue } from "@yishi/domain";

/**
 * Reads and validates one holiday-cn JSON file (`{year, papers, days}`).
 * Throws FILE_NOT_FOUND, FILE_UNREADABLE, FILE_ENCODING (not UTF-8, UTF-16 or GB18030), or HOLIDAY_DATA_INVALID with one
 * issue per problem naming the file, the field, what was expected and found.
 */
export function loadHolidayFile(path: string): HolidayFile {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === "ENOENT";
    throw new YishiError(missing ? "FILE_NOT_FOUND" : "FILE_UNREADABLE", `holiday file ${path} ${missing ? "does not exist" : "cannot be read"}`, {
      file: path,
      cause: error,
    });
  }
  return parseHolidayFileText(decodeInputText(bytes, path), path);
}

/** Parses and validates the text of a holiday-cn file (read elsewhere, e.g. sent to a remote worker); `path` names it in errors. */
export function parseHolidayFileText(text: string, path: string): HolidayFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw invalid(path, [{ file: path, path: [], message: `not valid JSON: ${(error as Error).message}` }]);
  }
  return parseHolidayFile(data, path);
}

/** Validates already-parsed data; `file` names it in errors. */
export function parseHolidayFile(data: unknown, file: string): HolidayFile {
  const result = HolidayFile.safeParse(data);
  if (result.success) return result.data;
  throw invalid(
    file,
    result.error.issues.map((issue): Issue => {
      const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
      return {
        file,
        path,
        message: issue.message,
        expected: "expected" in issue && typeof issue.expected === "string" ? issue.expected : undefined,
        found: render(valueAt(data, path)),
      };
    }),
  );
}

function invalid(file: string, issues: Issue[]): YishiError {
  const first = issues[0];
  const summary = first === undefined ? "" : `: ${formatIssue({ ...first, file: undefined })}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ""}`;
  return new YishiError("HOLIDAY_DATA_INVALID", `holiday file ${file} is not a valid holiday-cn file${summary}`, {
    file,
    path: first?.path,
    issues,
  });
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let value = data;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

function render(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
