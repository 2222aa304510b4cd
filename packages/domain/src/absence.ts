import { z } from "zod";
import { Id, IsoDate, Name, Text, checkDateRange } from "./primitives.js";
import { LIMITS } from "./limits.js";
import { MeetingType } from "./meeting-type.js";

export const AbsenceKind = z.enum(["leave", "travel", "session", "training", "sick", "other"]);
export type AbsenceKind = z.infer<typeof AbsenceKind>;

export const ABSENCE_KIND_LABELS: Record<AbsenceKind, { zh: string; en: string }> = {
  leave: { zh: "请假", en: "leave" },
  travel: { zh: "出差", en: "travel" },
  session: { zh: "参加上级会议", en: "higher-level session" },
  training: { zh: "学习培训", en: "training" },
  sick: { zh: "病假", en: "sick leave" },
  other: { zh: "其他", en: "other" },
};

/**
 * A person away on whole days (请假、出差、参加上级会议). Strict like every
 * other spec object: a misspelt `aproved: false` must not silently leave the
 * absence approved. At most LIMITS.maxRangeDays long.
 */
export const Absence = z
  .strictObject({
    person: Id,
    from: IsoDate,
    to: IsoDate,
    kind: AbsenceKind.default("leave"),
    reason: Text.optional(),
    /** Approved stand-in (经召集人同意的代会人员), 钟山区 第四十七条. */
    substitute: Id.optional(),
    /** Leave is approved by the convener; an unapproved absence still counts as away. */
    approved: z.boolean().default(true),
    /** When the leave request was filed, for lead-time rules (钟山区 第七十四条). */
    requestedOn: IsoDate.optional(),
  })
  .superRefine((absence, ctx) => checkDateRange(absence, ctx, "an absence"));
export type Absence = z.infer<typeof Absence>;

/** Days no meeting of the given types may be held, e.g. the people's congress session. */
export const Blackout = z
  .strictObject({
    from: IsoDate,
    to: IsoDate,
    name: Name,
    /** Empty means every meeting type. */
    meetingTypes: z.array(MeetingType).max(LIMITS.maxSmallList).default([]),
    /** Restrict to these series; empty means all. */
    series: z.array(Id).max(LIMITS.maxSeries).default([]),
    /**
     * Recurring duties the blackout binds too: their turns in it are not held
     * (the petition reception during the people's congress session), `all` or
     * the duties' ids. Absent: it binds meetings only. No working-rule
     * article makes a reception yield; this is the spec's own fact.
     */
    recurringDuties: z.union([z.literal("all"), z.array(Id).min(1).max(LIMITS.maxRecurringDuties)]).optional(),
  })
  .superRefine((blackout, ctx) => checkDateRange(blackout, ctx, "a blackout"));
export type Blackout = z.infer<typeof Blackout>;

/** Whether a blackout binds a recurring duty (its `recurringDuties` is `all` or names it). */
export function bindsRecurringDuty(blackout: Pick<Blackout, "recurringDuties">, duty: string): boolean {
  const bound = blackout.recurringDuties;
  return bound === "all" || (bound !== undefined && bound.includes(duty));
}
