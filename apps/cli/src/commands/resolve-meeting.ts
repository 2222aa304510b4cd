import { YishiError, type PlannedMeeting, type Spec } from "@yishi/domain";
import { describeCandidate, findCloseSpellings, pickOneNamed, type NamedCandidate } from "./resolve-named-ids.js";

const MEETING_WORD = { zh: "会议", en: "meeting", enPlural: "meetings" };
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The meeting `--meeting` names, as planners see meetings: its id (`exec#3`),
 * its title as every output prints it (`区政府常务会议（2026年第一季度第3次）`),
 * `SERIES@DATE` with the series by id or name (`exec@2026-02-12`,
 * `区政府常务会议@2026-02-12`), or a date alone. An id wins; a title or date
 * two meetings share is an error listing both, and one naming nothing lists
 * the close spellings and the meetings there are.
 */
export function resolveMeeting(spec: Pick<Spec, "series">, meetings: readonly PlannedMeeting[], option: string, text: string, periodLabel: string): PlannedMeeting {
  const byId = new Map(meetings.map((m) => [m.id, m]));
  const exact = byId.get(text);
  if (exact !== undefined) return exact;
  const candidates = meetings.map(describeMeetingCandidate);
  const matches = findByTitle(candidates, text) ?? findByDate(spec, meetings, text).map(describeMeetingCandidate);
  const id = pickOneNamed(option, text, matches, MEETING_WORD);
  if (id !== undefined) return byId.get(id)!;
  const close = findCloseSpellings(text, candidates);
  const hint = close.length > 0 ? ` (did you mean ${close.map(describeCandidate).join(" or ")}?)` : "";
  const known = candidates.map(describeCandidate).join(", ") || "(none)";
  throw new YishiError("USAGE", `${option}: unknown meeting "${text}" in ${periodLabel}${hint}; expected a meeting id, title, SERIES@DATE or date: ${known}`, { path: [option] });
}

function describeMeetingCandidate(m: PlannedMeeting): NamedCandidate {
  return { id: m.id, name: m.title, detail: `${m.date} ${m.start}` };
}

function findByTitle(candidates: readonly NamedCandidate[], text: string): NamedCandidate[] | undefined {
  const named = candidates.filter((c) => c.name === text);
  return named.length > 0 ? named : undefined;
}

/** `SERIES@DATE` (series id, series name or title before the @) or a bare date: the meetings that day. */
function findByDate(spec: Pick<Spec, "series">, meetings: readonly PlannedMeeting[], text: string): PlannedMeeting[] {
  if (DATE.test(text)) return meetings.filter((m) => m.date === text);
  const at = text.lastIndexOf("@");
  if (at <= 0) return [];
  const [series, date] = [text.slice(0, at).trim(), text.slice(at + 1).trim()];
  if (!DATE.test(date)) return [];
  const names = new Map(spec.series.map((s) => [s.id, s.name]));
  return meetings.filter((m) => {
    if (m.date !== date) return false;
    // A meeting's series is recorded, or is its id's prefix (`topic#2`: meetings the agenda planner adds have no spec series).
    const id = m.series ?? m.id.split("#")[0]!;
    return series === id || series === names.get(id) || series === m.title;
  });
}
