/**
 * RFC 5545 §3.1: no CONTROL character but HTAB may stand in a TEXT or
 * parameter value, and none has an escape; CR and LF are left here for the
 * callers, which write them as `\n` or `^n`.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * A value for ical-generator to escape as TEXT itself (SUMMARY, DESCRIPTION,
 * LOCATION, CATEGORIES: it escapes `\` `;` `,` and line breaks, §3.3.11):
 * only what no escape can carry is taken out.
 */
export function cleanIcsText(text: string): string {
  return text.replace(CONTROL, "");
}

/**
 * RFC 5545 §3.3.11 TEXT escaping, for the values ical-generator writes
 * as given (the calendar NAME / X-WR-CALNAME).
 */
export function escapeIcsText(text: string): string {
  return cleanIcsText(text).replace(/[\\;,]/g, (c) => `\\${c}`).replace(LINE_BREAK, "\\n");
}

/**
 * A parameter value (CN) for ical-generator to put in double quotes.
 * RFC 5545 §3.2 has no escape inside a quoted-string, and DQUOTE ends it:
 * ical-generator writes `\"`, so a name with `":mailto:…` would end the
 * parameter and set the address. RFC 6868 is the standard way to carry
 * what cannot stand there: `^'` for `"`, `^n` for a line break, `^^` for
 * `^` (read back by ical.js, Apple Calendar, Thunderbird; others show the
 * caret). A backslash may stand there, but ical-generator doubles it, so it
 * becomes U+FF3C (＼), which reads the same.
 */
export function encodeIcsParamText(text: string): string {
  return cleanIcsText(text)
    .replaceAll("^", "^^")
    .replaceAll('"', "^'")
    .replace(LINE_BREAK, "^n")
    .replaceAll("\\", "\uFF3C");
}
