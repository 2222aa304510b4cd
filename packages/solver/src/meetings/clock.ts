/** Clock arithmetic on `HH:MM`; a meeting never runs past midnight (capped at 23:59). */
export function addMinutes(start: string, minutes: number): string {
  const [h, m] = start.split(":").map(Number) as [number, number];
  const total = Math.min(h * 60 + m + minutes, 23 * 60 + 59);
  return `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`;
}

/** True when [aStart, aEnd) and [bStart, bEnd) overlap (HH:MM strings compare as times). */
export function timesOverlap(aStart: string, aEnd: string, bStart: string, bEnd: string): boolean {
  return aStart < bEnd && bStart < aEnd;
}
