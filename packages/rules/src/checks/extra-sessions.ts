import type { PlannedMeeting } from "@yishi/domain";
import type { ExtraSessionsAllowed } from "../rule-params.js";
import type { CheckContext } from "./types.js";

/** A series' meetings as a cadence rule sees them. */
export interface CadenceView {
  /** What the cadence and counts judge: the regular sessions, plus extras the article does not excuse. */
  judged: PlannedMeeting[];
  /** Sessions marked extra that the rule still counts, because its article allows none. */
  unexcused: ReadonlySet<PlannedMeeting>;
}

/**
 * Leaves out the extra sessions a cadence article allows (钟山区 第四十条 “也可根据
 * 工作需要适时召开”). Under an article without such words (北京市 三十四 “一般每月召开1至2次”)
 * a session marked extra is counted like any other: the plan's mark is not an
 * article, so it cannot excuse a break; the message says so (unexcusedNote).
 */
export function viewForCadence(ctx: CheckContext, meetings: readonly PlannedMeeting[], allowed: ExtraSessionsAllowed | undefined): CadenceView {
  const judged: PlannedMeeting[] = [];
  const unexcused = new Set<PlannedMeeting>();
  for (const m of meetings) {
    if (ctx.extraSessionOf(m) === undefined) judged.push(m);
    else if (allowed === undefined) {
      judged.push(m);
      unexcused.add(m);
    }
  }
  return { judged, unexcused };
}

/** The words a violation adds when some of its meetings were marked extra under an article that allows no extra session. */
export function unexcusedNote(ctx: CheckContext, view: CadenceView, meetings: readonly PlannedMeeting[]): { zh: string; en: string } {
  const marked = meetings.filter((m) => view.unexcused.has(m));
  if (marked.length === 0) return { zh: "", en: "" };
  const names = marked.map((m) => ctx.meetingName(m));
  return {
    zh: `（${names.map((n) => n.zh).join("、")}标为临时召开，但本条未规定可另行召开，仍按常规会议计）`,
    en: `; ${names.map((n) => n.en).join(", ")} ${marked.length === 1 ? "is" : "are"} marked as an extra session, but this article allows none, so ${marked.length === 1 ? "it counts as a regular one" : "they count as regular ones"}`,
  };
}
