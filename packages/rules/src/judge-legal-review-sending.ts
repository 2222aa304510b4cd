import type { AgendaItem } from "@yishi/domain";
import { latestBefore, type LeadCalendar } from "./lead-time.js";
import type { RuleParams } from "./rule-params.js";

/** How an item went to legal review before its materials went to the office, for one meeting. */
export interface LegalReviewSending {
  /**
   * The latest day it is known to have gone: `legalReviewSentOn`, else its first
   * legal review's `doneOn` (a review finished that day was sent no later).
   * Undefined: neither is recorded.
   */
  sentBy?: string;
  /** `sentBy` is a review's `doneOn`, the sending day itself not being recorded. */
  inferred: boolean;
  /** When the materials went to the office: `materialsOn`, else the day they are due for this meeting. */
  materialsOn: string;
  /** `materialsOn` is the item's own record (not the due day). */
  materialsRecorded: boolean;
  /** The last day it could go to legal review: `lead` before `materialsOn`. */
  latest: string;
  /** It went by `latest`. */
  inTime: boolean;
}

type Params = Pick<RuleParams<"agenda.legal-review">, "lead" | "unit" | "materialsDue">;

/**
 * 上会材料应在送区政府办公室文秘科审核前一周送区法制办审核 (西城区 附件1 三.1, 附件2 三.1,
 * 三十三): the checker and the agenda planner judge an item's sending by this
 * one reading. Materials not yet in are taken at their due day, the latest they
 * may come, so a sending that misses even that is late whatever day they arrive.
 */
export function judgeLegalReviewSending(calendar: LeadCalendar, item: AgendaItem, meetingDate: string, params: Params): LegalReviewSending {
  const done = item.reviews.filter((r) => r.kind === "legal").map((r) => r.doneOn).sort()[0];
  const sentBy = item.legalReviewSentOn ?? done;
  const materialsRecorded = item.materialsOn !== undefined;
  const materialsOn = item.materialsOn ?? (params.materialsDue === undefined ? meetingDate : latestBefore(calendar, meetingDate, params.materialsDue.lead, params.materialsDue.unit));
  const latest = latestBefore(calendar, materialsOn, params.lead, params.unit);
  return {
    ...(sentBy === undefined ? {} : { sentBy }),
    inferred: item.legalReviewSentOn === undefined && done !== undefined,
    materialsOn,
    materialsRecorded,
    latest,
    inTime: sentBy !== undefined && sentBy <= latest,
  };
}
