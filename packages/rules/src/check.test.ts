import { describe, expect, it } from "vitest";
import { YishiError } from "@yishi/domain";
import { createCalendar } from "@yishi/calendar";
import { check } from "./check.js";
import { agendaOf, makeItems, makeMeeting, makeMeetings, makePlan, makeProfile, makeRule, makeSpec } from "./checks/test-helpers.js";
import { RULE_CHECKS } from "./checks/registry.js";
import { RULE_CHECK_IDS } from "./rule-params.js";

const march = { from: "2026-03-01", to: "2026-03-31" };
/** A spec without duty posts: these plans hold no roster, and every empty seat would be reported (spec.duty-staffing). */
const NO_DUTY = { duty: {} };

describe("check", () => {
  it("has a module for every check id of the contract but the citation-only one", () => {
    expect(Object.keys(RULE_CHECKS).sort()).toEqual(RULE_CHECK_IDS.filter((id) => id !== "info.not-plan-checkable").sort());
  });

  it("runs enabled rules only, skips info.not-plan-checkable, and sorts hard first, then date, rule, subject", () => {
    const monday = makeRule("calendar.no-weekday", { weekdays: [1] }, { id: "b.monday", cite: ["北京市", "三十九", "周一无会日"] });
    const pref = makeRule("calendar.preferred-weekday", { weekdays: [4] }, { id: "a.pref", severity: "soft" });
    const cap = makeRule("agenda.max-items", { max: 1 }, { id: "a.cap" });
    const info = makeRule("info.not-plan-checkable", { why: "documents" }, { id: "z.info" });
    const off = { ...makeRule("calendar.working-day", {}, { id: "off" }), enabled: false };
    const spec = makeSpec({ agendaItems: makeItems(2), ...NO_DUTY });
    const plan = makePlan(march, { meetings: [makeMeeting("2026-03-23", { n: 2, agenda: agendaOf(["I01", "I02"]) }), makeMeeting("2026-03-09")] });
    const got = check(spec, plan, makeProfile([pref, monday, cap, info, off])).map((v) => `${v.severity} ${v.subjects.dates[0]} ${v.rule}`);
    expect(got).toEqual([
      "hard 2026-03-09 b.monday",
      "hard 2026-03-23 a.cap",
      "hard 2026-03-23 b.monday",
      "soft 2026-03-09 a.pref",
      "soft 2026-03-23 a.pref",
    ]);
  });

  it("is deterministic: the same input gives the same output, in any rule order", () => {
    const rules = [makeRule("calendar.no-weekday", { weekdays: [1] }, { id: "x" }), makeRule("cadence.every-n-weeks", { weeks: 2 }, { id: "y" })];
    const plan = makePlan(march, { meetings: makeMeetings(["2026-03-02", "2026-03-30"]) });
    const a = check(makeSpec(), plan, makeProfile(rules));
    expect(a.length).toBeGreaterThan(1);
    expect(JSON.stringify(check(makeSpec(), plan, makeProfile([...rules].reverse())))).toBe(JSON.stringify(a));
  });

  it("cancelled meetings are not judged", () => {
    const plan = makePlan(march, { meetings: [makeMeeting("2026-03-09", { status: "cancelled" })] });
    expect(check(makeSpec(NO_DUTY), plan, makeProfile([makeRule("calendar.no-weekday", { weekdays: [1] })]))).toEqual([]);
  });

  it("throws PLAN_INVALID naming every unknown reference of the plan", () => {
    const plan = makePlan(march, {
      meetings: [makeMeeting("2026-03-10", { agenda: agendaOf(["NOPE"]), expected: ["ghost"] })],
      roster: [{ date: "2026-03-10", post: "staff", person: "nobody" }],
    });
    try {
      check(makeSpec(), plan, makeProfile([]));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(YishiError);
      const e = error as YishiError;
      expect(e.code).toBe("PLAN_INVALID");
      expect(e.issues.map((i) => i.path.join("."))).toEqual(["meetings.0.expected.0", "meetings.0.agenda.0.item", "roster.0.person"]);
      expect(e.issues[0]!.message).toBe("plan refers to unknown person");
    }
  });

  it("throws PROFILE_INVALID on bad params, naming the rule", () => {
    const bad = makeRule("agenda.max-items", { max: 15 });
    expect(() => check(makeSpec(), makePlan(march), makeProfile([{ ...bad, params: { max: "many" } }]))).toThrow(/bad params for agenda.max-items/);
  });

  it("asks for a calendar when the spec lists holiday files, and uses the one given", () => {
    const spec = makeSpec({ calendar: { national: ["2026.json"] }, ...NO_DUTY });
    expect(() => check(spec, makePlan(march), makeProfile([]))).toThrow(/options.calendar/);
    expect(check(spec, makePlan(march), makeProfile([]), { calendar: createCalendar() })).toEqual([]);
  });

  it("every message ends with the citation in both languages", () => {
    const plan = makePlan(march, { meetings: makeMeetings(["2026-03-02", "2026-03-30"]) });
    const vs = check(makeSpec(NO_DUTY), plan, makeProfile([makeRule("calendar.no-weekday", { weekdays: [1] }, { cite: ["北京市", "三十九", "周一无会日"] })]));
    expect(vs.length).toBeGreaterThan(0);
    for (const v of vs) {
      expect(v.message.zh.endsWith("(北京市 三十九)")).toBe(true);
      expect(v.message.en.endsWith("(北京市 三十九)")).toBe(true);
      expect(v.explanation?.zh).toBe("北京市 三十九：“周一无会日”。摘要。把会议移到其他日子，或确认为连续召开的会议（填写 endDate）。");
      expect(v.explanation?.en).toBe("北京市 三十九 says: “周一无会日” summary. Move the meeting to another day, or record it as continuing over consecutive days (endDate).");
    }
  });
});
