export { YISHI_ERROR_CODES, YishiError, isYishiError, formatPath, formatIssue } from "./errors.js";
export type { YishiErrorCode, Issue, YishiErrorOptions } from "./errors.js";
export { IsoDate, ClockTime, Weekday, Id, DateRange, LocalizedText } from "./primitives.js";
export { HolidayDay, HolidayFile } from "./holiday-file.js";
