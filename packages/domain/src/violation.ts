import { z } from "zod";
import { Id, IsoDate, LocalizedText } from "./primitives.js";
import { Citation, Severity } from "./profile.js";

/** What a violation concerns, so views can show it beside the object. */
export const ViolationSubjects = z.object({
  meetings: z.array(Id).default([]),
  dates: z.array(IsoDate).default([]),
  people: z.array(Id).default([]),
  items: z.array(Id).default([]),
  duties: z.array(z.string()).default([]),
});
export type ViolationSubjects = z.infer<typeof ViolationSubjects>;

export const Violation = z.object({
  rule: Id,
  /** Stable machine code of the check, e.g. "agenda.max-items". */
  code: z.string(),
  severity: Severity,
  citation: Citation,
  /** One line a planner understands without the code. */
  message: LocalizedText,
  /** Longer explanation: what the article says and how to fix it. */
  explanation: LocalizedText.optional(),
  subjects: ViolationSubjects,
});
export type Violation = z.infer<typeof Violation>;
