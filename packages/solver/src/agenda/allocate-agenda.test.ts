import { describe, expect, it } from "vitest";
import { allocateAgenda } from "./allocate-agenda.js";
import { agendaOf, calendar, hardViolations, meeting, PERIOD, profileWith, reasonOf, rule, specWith } from "./test-agenda-fixtures.js";
import type { AgendaItem, PlannedMeeting, RuleProfile, Spec } from "@yishi/domain";

const run = (spec: Spec, profile: RuleProfile, meetings: PlannedMeeting[]) => allocateAgenda({ spec, profile, calendar, period: PERIOD, meetings });
const many = (n: number, item: Partial<AgendaItem> = {}) => Array.from({ length: n }, () => ({ ...item }));

describe("allocateAgenda: item cap (钟山区 第四十五条)", () => {
  it("places 15 items and moves the 16th to the next meeting", async () => {
    const spec = specWith(many(16));
    const profile = profileWith();
    const result = await run(spec, profile, [meeting(1, "2026-03-05"), meeting(2, "2026-03-19")]);
    expect(agendaOf(result, "exec#1")).toHaveLength(15);
    expect(agendaOf(result, "exec#2")).toHaveLength(1);
    expect(result.unplaced).toEqual([]);
    expect(hardViolations(spec, profile, result)).toEqual([]);
  });

  it("leaves the 16th unplaced (no-capacity) when there is no other meeting", async () => {
    const spec = specWith(many(16));
    const profile = profileWith();
    const result = await run(spec, profile, [meeting(1, "2026-03-05")]);
    expect(agendaOf(result, "exec#1")).toHaveLength(15);
    expect(result.unplaced).toHaveLength(1);
    expect(result.unplaced[0]!.reason).toBe("no-capacity");
    expect(result.unplaced[0]!.message.en).toContain("2026-03-05");
    expect(hardViolations(spec, profile, result)).toEqual([]);
    expect(result.solve[0]).toMatchObject({ problem: "agenda", optimal: true });
  });

  it("takes 17 where the mayor approved more for that meeting", async () => {
    const spec = specWith(many(17), { capApprovals: [{ meeting: "exec#1", maxItems: 17, approvedBy: "zhang", explanation: "年初集中议题" }] });
    const profile = profileWith();
    const result = await run(spec, profile, [meeting(1, "2026-03-05")]);
    expect(agendaOf(result, "exec#1")).toHaveLength(17);
    expect(hardViolations(spec, profile, result)).toEqual([]);
  });

  it("ignores an approval recorded by someone who may not give it", async () => {
    const spec = specWith(many(17), { capApprovals: [{ meeting: "exec#1", maxItems: 17, approvedBy: "wang" }] });
    const result = await run(spec, profileWith(), [meeting(1, "2026-03-05")]);
    expect(agendaOf(result, "exec#1")).toHaveLength(15);
  });

  it("fills the meeting's time, no more", async () => {
    const spec = specWith(many(4, { estimatedMinutes: 20 }));
    const profile = profileWith();
    const result = await run(spec, profile, [meeting(1, "2026-03-05", { end: "10:00" })]);
    expect(agendaOf(result, "exec#1")).toHaveLength(3);
    expect(reasonOf(result, "I04") ?? reasonOf(result, "I01")).toBe("no-capacity");
    expect(hardViolations(spec, profile, result)).toEqual([]);
  });
});

describe("allocateAgenda: lead times", () => {
  it("counts a filing lead in calendar days", async () => {
    const spec = specWith([{ filedOn: "2026-03-01" }]);
    const profile = profileWith(rule("filing", "deadline.item-filing", ["executive"], { lead: 7, unit: "calendar-days" }));
    const result = await run(spec, profile, [meeting(1, "2026-03-05"), meeting(2, "2026-03-19")]);
    expect(agendaOf(result, "exec#2")).toEqual(["I01"]);
    expect(hardViolations(spec, profile, result)).toEqual([]);
  });

  it("counts a materials lead in working days across the 2026 Spring Festival", async () => {
    // 3 working days before Thu 26 Feb 2026: 25, 24, then back over the holiday (15–23 Feb) to the adjusted working Saturday 14 Feb.
    expect(calendar.addWorkingDays("2026-02-26", -3)).toBe("2026-02-14");
    const spec = specWith([{ filedOn: "2026-02-02", materialsOn: "2026-02-14" }, { filedOn: "2026-02-02", materialsOn: "2026-02-16" }]);
    const profile = profileWith(rule("materials", "deadline.materials", ["executive"], { lead: 3, unit: "working-days" }));
    const result = await run(spec, profile, [meeting(1, "2026-02-26")]);
    expect(agendaOf(result, "exec#1")).toEqual(["I01"]);
    expect(reasonOf(result, "I02")).toBe("not-ready");
    expect(result.unplaced[0]!.message.en).toContain("2026-02-14");
    expect(hardViolations(spec, profile, result)).toEqual([]);
    // The notice gives the same due date.
    expect(result.notices[0]).toMatchObject({ item: "I01", meeting: "exec#1", materialsDue: "2026-02-14" });
  });

  it("requires the legal review its lead before the meeting", async () => {
    const spec = specWith([
      { category: "normative-document", reviews: [{ kind: "legal", doneOn: "2026-02-27" }] },
      { category: "normative-document" },
    ]);
    const profile = profileWith(rule("legal", "agenda.legal-review", ["executive"], { categories: ["normative-document"], lead: 7, unit: "calendar-days" }));
    const result = await run(spec, profile, [meeting(1, "2026-03-05"), meeting(2, "2026-03-19")]);
    expect(agendaOf(result, "exec#1")).toEqual([]);
    expect(agendaOf(result, "exec#2")).toEqual(["I01"]);
    expect(reasonOf(result, "I02")).toBe("review-missing");
    expect(hardViolations(spec, profile, result)).toEqual([]);
  });
});

describe("allocateAgenda: routing", () => {
  const routing = () =>
    profileWith(
      rule("nl", "agenda.not-listable", ["executive", "mayor-office"], { decidableBy: ["topic-meeting", "department"], requireProcedure: true }),
      rule("tf", "agenda.topic-meeting-first", ["executive", "mayor-office"], { categories: ["large-fund"] }),
      rule("eo", "agenda.executive-only", ["executive"], { categories: ["investment-project"], amountYuanOver: 2_000_000 }),
    );

  it("does not list what a department or topic meeting can decide, nor items that skipped the procedure", async () => {
    const spec = specWith([{ decidableBy: "department" }, { procedureComplete: false }, {}]);
    const profile = routing();
    const result = await run(spec, profile, [meeting(1, "2026-03-05")]);
    expect(agendaOf(result, "exec#1")).toEqual(["I03"]);
    expect(reasonOf(result, "I01")).toBe("not-listable");
    expect(reasonOf(result, "I02")).toBe("not-listable");
    expect(hardViolations(spec, profile, result)).toEqual([]);
  });

  it("lists a large-fund item only after its topic meeting", async () => {
    const spec = specWith([
      { category: "large-fund", amountYuan: 3_000_000, reviews: [{ kind: "topic-meeting", doneOn: "2026-03-10" }] },
      { category: "large-fund", amountYuan: 3_000_000 },
    ]);
    const profile = routing();
    const result = await run(spec, profile, [meeting(1, "2026-03-05"), meeting(2, "2026-03-19")]);
    expect(agendaOf(result, "exec#2")).toEqual(["I01"]);
    expect(reasonOf(result, "I02")).toBe("review-missing");
    expect(hardViolations(spec, profile, result)).toEqual([]);
  });

  it("sends investment projects and large funds to the executive meeting", async () => {
    const spec = specWith([
      { category: "investment-project", meetingType: "mayor-office" },
      { category: "other", amountYuan: 2_500_000, meetingType: "mayor-office" },
      { meetingType: "mayor-office" },
    ]);
    const profile = routing();
    const result = await run(spec, profile, [meeting(1, "2026-03-05"), meeting(1, "2026-03-10", { type: "mayor-office" })]);
    expect(agendaOf(result, "exec#1")).toEqual(["I01", "I02"]);
    expect(agendaOf(result, "mo#1")).toEqual(["I03"]);
    expect(hardViolations(spec, profile, result)).toEqual([]);
  });

  it("says so when there is no meeting of the item's type", async () => {
    const spec = specWith([{ meetingType: "mayor-office" }]);
    const result = await run(spec, profileWith(), [meeting(1, "2026-03-05")]);
    expect(reasonOf(result, "I01")).toBe("wrong-meeting");
  });
});

describe("allocateAgenda: sponsor attendance", () => {
  const absences = [{ person: "wang", from: "2026-03-02", to: "2026-03-06", kind: "travel" as const }];

  it("under 房山区's rule, waits for a meeting the leader attends, else leaves the item out", async () => {
    const spec = specWith([{}], { absences: [...absences, { person: "h1", from: "2026-03-18", to: "2026-03-20", kind: "leave" }] });
    const profile = profileWith(rule("sponsor", "agenda.sponsor-attends", ["executive"], { leader: true, unitHead: true }));
    const both = await run(spec, profile, [meeting(1, "2026-03-05"), meeting(2, "2026-03-19"), meeting(3, "2026-03-26")]);
    expect(agendaOf(both, "exec#3")).toEqual(["I01"]);
    expect(hardViolations(spec, profile, both)).toEqual([]);
    const none = await run(spec, profile, [meeting(1, "2026-03-05"), meeting(2, "2026-03-19")]);
    expect(reasonOf(none, "I01")).toBe("sponsor-absent");
    expect(none.unplaced[0]!.message.zh).toContain("王副区长");
    expect(none.unplaced[0]!.message.zh).toContain("一局局长");
  });

  it("without that rule prefers a meeting the leader attends but does not block", async () => {
    const spec = specWith([{}], { absences });
    const profile = profileWith();
    expect(agendaOf(await run(spec, profile, [meeting(1, "2026-03-05"), meeting(2, "2026-03-19")]), "exec#2")).toEqual(["I01"]);
    expect(agendaOf(await run(spec, profile, [meeting(1, "2026-03-05")]), "exec#1")).toEqual(["I01"]);
  });
});
