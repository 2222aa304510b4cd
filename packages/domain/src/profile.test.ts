import { describe, expect, it } from "vitest";
import { MeetingSeries } from "./organization.js";
import { RuleOverride, RuleScope } from "./profile.js";
import { parseSpec } from "./load-spec.js";
import { YishiError, formatIssue } from "./errors.js";

describe("RuleScope narrowings", () => {
  it("are absent unless given, so existing profiles and specs parse to what they did", () => {
    expect(RuleScope.parse({ meetingTypes: ["topic"] })).toEqual({ meetingTypes: ["topic"], duties: [] });
    expect(RuleScope.parse({ meetingTypes: ["topic"], chairRoles: ["mayor"], organizers: ["department"], series: ["t1"] })).toEqual({
      meetingTypes: ["topic"],
      duties: [],
      chairRoles: ["mayor"],
      organizers: ["department"],
      series: ["t1"],
    });
  });

  it("refuses a role or organizer that does not exist", () => {
    expect(RuleScope.safeParse({ chairRoles: ["mayer"] }).success).toBe(false);
    expect(RuleScope.safeParse({ organizers: ["city"] }).success).toBe(false);
  });

  it("an override's scope fills in nothing it does not name (was: an omitted meetingTypes became [])", () => {
    expect(RuleOverride.parse({ rule: "topic.cadence", scope: { chairRoles: ["mayor"] } }).scope).toEqual({ chairRoles: ["mayor"] });
    expect(RuleOverride.parse({ rule: "duty.rest", scope: { duties: ["leader"] } }).scope).toEqual({ duties: ["leader"] });
  });
});

describe("MeetingSeries.organizer", () => {
  const series = { id: "conf", name: "全市性工作会议", type: "conference", body: "conf" };

  it("is optional (absent: the government's own) and takes government or department", () => {
    expect(MeetingSeries.parse(series)).not.toHaveProperty("organizer");
    expect(MeetingSeries.parse({ ...series, organizer: "department" }).organizer).toBe("department");
    expect(MeetingSeries.safeParse({ ...series, organizer: "bureau" }).success).toBe(false);
  });
});

describe("a spec naming a series in a rule's scope", () => {
  it("is refused when the series does not exist (the rule would cover nothing, silently)", () => {
    const text = `organization: { id: o, name: 区政府, jurisdiction: 钟山区 }
people:
  - { id: a, name: 甲, roles: [mayor] }
bodies:
  - { id: b, name: 常务会议, type: executive, members: [a], convener: a }
series:
  - { id: exec, name: 常务会议, type: executive, body: b }
profile:
  overrides:
    - { rule: executive.cadence, scope: { series: [exec, exce] } }
`;
    const issues = (() => {
      try {
        parseSpec(text, "s.yaml");
      } catch (error) {
        if (error instanceof YishiError) return error.issues.map((i) => formatIssue({ ...i, line: undefined, column: undefined, file: undefined }));
      }
      return [];
    })();
    expect(issues).toEqual(['profile.overrides[0].scope.series[1]: unknown series (expected the id of a series defined in the spec, found "exce")']);
    expect(() => parseSpec(text.replace("exec, exce", "exec"), "s.yaml")).not.toThrow();
  });
});
