import type { MeetingType, RuleProfileInput } from "@yishi/domain";
import { beijingNoMondayRule } from "./beijing.js";
import { defineRules } from "./define-rules.js";
import { zhongshanProfile } from "./zhongshan.js";

/**
 * The project's default: 钟山区's rules (every two weeks, at most 15 items,
 * quorum) plus 北京市 三十九's 周一无会日 applied to every 钟山区 meeting type.
 * The widening is the project brief's choice, not 钟山区's text: the rule still
 * cites 北京市 三十九, whose own scope is city-wide conferences only.
 */
const TYPES = zhongshanProfile.meetingTypes as MeetingType[];

export const defaultProfile: RuleProfileInput = {
  id: "default",
  name: { zh: "默认规则（钟山区规则＋北京市周一无会日）", en: "Default (Zhongshan rules + Beijing's no-Monday rule)" },
  jurisdiction: "钟山区",
  extends: "钟山区",
  year: 2022,
  meetingTypes: TYPES,
  notes: [
    "钟山区's rules, inherited whole: executive meeting every two weeks (第四十条), at most 15 items (第四十五条).",
    "北京市 三十九 (周一无会日) is applied to ALL of 钟山区's meeting types, as the project brief asks; in Beijing it covers city-wide conferences only.",
  ],
  rules: defineRules({ jurisdiction: "钟山区", source: zhongshanProfile.source ?? "" }, [beijingNoMondayRule(TYPES, "no-monday", true)]),
};
