/** The only time zone Yishi writes: every date and clock time is Asia/Shanghai. */
export const SHANGHAI_TZID = "Asia/Shanghai";

/**
 * VTIMEZONE for Asia/Shanghai. China has kept UTC+8 without daylight saving
 * since 1991 (the IANA tz database's last rule for PRC ends in 1991), so one
 * STANDARD block with a fixed offset is exact for every date Yishi plans. We
 * write it ourselves instead of shipping a tz database; ical-generator calls
 * this as its timezone `generator`.
 */
export function generateShanghaiVtimezone(tzid: string): string | null {
  if (tzid !== SHANGHAI_TZID) return null;
  return [
    "BEGIN:VTIMEZONE",
    "TZID:Asia/Shanghai",
    "X-LIC-LOCATION:Asia/Shanghai",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0800",
    "TZOFFSETTO:+0800",
    "TZNAME:CST",
    "DTSTART:19700101T000000",
    "END:STANDARD",
    "END:VTIMEZONE",
  ].join("\r\n");
}

