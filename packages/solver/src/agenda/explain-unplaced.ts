import { MEETING_TYPE_LABELS, type UnplacedItem, type UnplacedReason } from "@yishi/domain";
import type { Failure, ItemEligibility } from "./eligibility.js";

/** How far an item got: the reason reported is the furthest any meeting reached. */
const STAGE: Record<UnplacedReason, number> = {
  // Set by the planner's user (the workbench), never by this explanation.
  withdrawn: -1,
  "wrong-meeting": 0,
  "not-listable": 1,
  "not-ready": 2,
  "review-missing": 3,
  "sponsor-absent": 4,
  "no-capacity": 5,
};

/**
 * Why an item is on no agenda, naming every meeting date tried and the
 * condition that failed there (or that the meetings it fits are full).
 */
export function explainUnplaced(e: ItemEligibility, full: readonly { date: string; title: string }[]): UnplacedItem {
  if (e.itemFailure !== undefined) return { item: e.item.id, reason: e.itemFailure.reason, message: { zh: e.itemFailure.zh, en: e.itemFailure.en } };
  const failures: { date: string; failure: Failure }[] = e.options.filter((o) => o.failure !== undefined).map((o) => ({ date: o.meeting.date, failure: o.failure! }));
  let reason: UnplacedReason = failures[0]?.failure.reason ?? "no-capacity";
  for (const f of failures) if (STAGE[f.failure.reason] > STAGE[reason]) reason = f.failure.reason;
  if (full.length > 0) reason = "no-capacity";
  const label = MEETING_TYPE_LABELS[e.types[0]!];
  const zh: string[] = [];
  const en: string[] = [];
  if (full.length > 0) {
    zh.push(`可安排的${label.zh}（${full.map((m) => m.date).join("、")}）议题已满或时间不够`);
    en.push(`the ${label.en}s it could go to (${full.map((m) => m.date).join(", ")}) are full (item cap or time)`);
  }
  // One line per distinct condition, with every date it failed on.
  const byText = new Map<string, { dates: string[]; failure: Failure }>();
  for (const f of failures) {
    const entry = byText.get(f.failure.en) ?? byText.set(f.failure.en, { dates: [], failure: f.failure }).get(f.failure.en)!;
    entry.dates.push(f.date);
  }
  for (const { dates, failure } of byText.values()) {
    zh.push(`${dates.join("、")}：${failure.zh}`);
    en.push(`${dates.join(", ")}: ${failure.en}`);
  }
  return { item: e.item.id, reason, message: { zh: `未能列入议题。${zh.join("；")}。`, en: `Not placed. ${en.join("; ")}.` } };
}
