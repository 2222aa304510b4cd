import { z } from "zod";
import { Id, IsoDate, checkDateOrder } from "./primitives.js";
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

/** A person away on whole days (请假、出差、参加上级会议). */
export const Absence = z
  .object({
    person: Id,
    from: IsoDate,
    to: IsoDate,
    kind: AbsenceKind.default("leave"),
    reason: z.string().optional(),
    /** Approved stand-in (经召集人同意的代会人员), 钟山区 第四十七条. */
    substitute: Id.optional(),
    /** Leave is approved by the convener; an unapproved absence still counts as away. */
    approved: z.boolean().default(true),
    /** When the leave request was filed, for lead-time rules (钟山区 第七十四条). */
    requestedOn: IsoDate.optional(),
  })
  .superRefine(checkDateOrder);
export type Absence = z.infer<typeof Absence>;

/** Days no meeting of the given types may be held, e.g. the people's congress session. */
export const Blackout = z
  .strictObject({
    from: IsoDate,
    to: IsoDate,
    name: z.string().min(1),
    /** Empty means every meeting type. */
    meetingTypes: z.array(MeetingType).default([]),
    /** Restrict to these series; empty means all. */
    series: z.array(Id).default([]),
  })
  .superRefine(checkDateOrder);
export type Blackout = z.infer<typeof Blackout>;
