/**
 * RFC 5545 §3.3.11 TEXT escaping, for the values ical-generator writes
 * as given (the calendar NAME / X-WR-CALNAME); it escapes SUMMARY,
 * DESCRIPTION and LOCATION itself.
 */
export function escapeIcsText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, "\\n");
}
