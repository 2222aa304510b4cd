import type { z } from "zod";
import type { MeetingOrganizer, MeetingType, Role, RuleInput, RuleKind, Severity } from "@yishi/domain";
import type { RULE_PARAMS, RuleCheckId } from "../rule-params.js";

/** The document a profile's rules quote: who wrote it and which seed file holds it. */
export interface SourceDocument {
  jurisdiction: string;
  /** File name in shared/seeds. */
  source: string;
}

interface DraftBase {
  id: string;
  kind: RuleKind;
  severity: Severity;
  meetingTypes?: MeetingType[];
  duties?: string[];
  /** Narrows the scope to meetings whose standing chair holds one of these roles (房山区 第四十二条). */
  chairRoles?: Role[];
  /** Narrows the scope to meetings of these organizers (常州市 四十六). */
  organizers?: MeetingOrganizer[];
  /** `第四十五条`, `三十九`, `附件1 二.1` — as the document numbers it. */
  article: string;
  /** The article's own sentence, verbatim from the seed (line breaks may differ). */
  text: string;
  zh: string;
  en: string;
  /** A rule quoting another document than the profile's own (the default profile's no-Monday rule). */
  from?: SourceDocument;
}

/** One draft per check, so a typo in a parameter fails the typecheck, not a run. */
export type RuleDraft = {
  [C in RuleCheckId]: DraftBase & { check: C; params?: z.input<(typeof RULE_PARAMS)[C]> };
}[RuleCheckId];

/** Turns compact drafts into profile rules citing `doc`. */
export function defineRules(doc: SourceDocument, drafts: readonly RuleDraft[]): RuleInput[] {
  return drafts.map((d) => {
    const from = d.from ?? doc;
    return {
      id: d.id,
      kind: d.kind,
      check: d.check,
      scope: {
        meetingTypes: d.meetingTypes ?? [],
        duties: d.duties ?? [],
        ...(d.chairRoles === undefined ? {} : { chairRoles: d.chairRoles }),
        ...(d.organizers === undefined ? {} : { organizers: d.organizers }),
      },
      severity: d.severity,
      params: (d.params ?? {}) as Record<string, unknown>,
      citation: { jurisdiction: from.jurisdiction, article: d.article, text: d.text, ...(from.source === "" ? {} : { source: from.source }) },
      summary: { zh: d.zh, en: d.en },
    };
  });
}

/**
 * No seed article says "meetings are held on working days"; the rule follows
 * from the official holiday arrangement itself, so it cites the State
 * Council's notice and says so rather than inventing an article number.
 */
export const WORKING_DAY_SOURCE: SourceDocument = { jurisdiction: "国务院办公厅", source: "" };
export const WORKING_DAY_TEXT =
  "会议安排在工作日；放假日与调休上班日以国务院办公厅每年发布的《关于部分节假日安排的通知》为准（各地工作规则无此条文，本项为日历约定，非条文原文）";

/** The working-day rule for a profile's meeting types. */
export function workingDayRule(meetingTypes: MeetingType[]): RuleDraft {
  return {
    id: "calendar.working-day",
    kind: "calendar",
    check: "calendar.working-day",
    severity: "hard",
    meetingTypes,
    params: { allowAdjustedWorkdays: true },
    article: "节假日安排通知",
    text: WORKING_DAY_TEXT,
    zh: "会议只安排在工作日（含调休上班日），节假日安排以国务院办公厅通知为准",
    en: "Meetings only on working days (adjusted working days included), as the State Council's holiday arrangement sets them",
    from: WORKING_DAY_SOURCE,
  };
}
