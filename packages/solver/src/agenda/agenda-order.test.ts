import { describe, expect, it } from "vitest";
import { allocateAgenda } from "./allocate-agenda.js";
import { agendaOf, calendar, hardViolations, meeting, PERIOD, profileWith, rule, specWith } from "./test-agenda-fixtures.js";
import type { AgendaItem, PlannedMeeting, RuleProfile, Spec } from "@yishi/domain";

const run = (spec: Spec, profile: RuleProfile, meetings: PlannedMeeting[]) => allocateAgenda({ spec, profile, calendar, period: PERIOD, meetings });
const many = (n: number, item: Partial<AgendaItem> = {}) => Array.from({ length: n }, () => ({ ...item }));

describe("allocateAgenda: priority when room is short", () => {
  it("places the urgent item first", async () => {
    const spec = specWith([...many(15, { filedOn: "2026-03-01" }), { filedOn: "2026-03-02", urgency: "urgent" }]);
    const result = await run(spec, profileWith(), [meeting(1, "2026-03-05")]);
    expect(agendaOf(result, "exec#1")).toContain("I16");
    expect(agendaOf(result, "exec#1")[0]).toBe("I16");
    expect(result.unplaced).toHaveLength(1);
  });

  it("then the item closest to its due date", async () => {
    const spec = specWith([...many(15, { filedOn: "2026-03-01", dueBy: "2026-06-30" }), { filedOn: "2026-03-02", dueBy: "2026-03-10" }]);
    const result = await run(spec, profileWith(), [meeting(1, "2026-03-05")]);
    expect(agendaOf(result, "exec#1")).toContain("I16");
  });

  it("does not starve the item that has waited longest", async () => {
    const spec = specWith([...many(15, { filedOn: "2026-03-01" }), { filedOn: "2026-01-05" }]);
    const result = await run(spec, profileWith(), [meeting(1, "2026-03-05")]);
    expect(agendaOf(result, "exec#1")).toContain("I16");
    expect(result.unplaced.map((u) => u.item)).not.toContain("I16");
  });
});

describe("allocateAgenda: agenda order and times", () => {
  it("groups items by responsible leader, leaders by rank, and times each item", async () => {
    const spec = specWith([
      { responsibleLeader: "chen", estimatedMinutes: 15 },
      { responsibleLeader: "zhang", estimatedMinutes: 10 },
      { responsibleLeader: "chen", estimatedMinutes: 5, urgency: "urgent" },
      { responsibleLeader: "li", estimatedMinutes: 20, isReport: true },
      { responsibleLeader: "zhang", estimatedMinutes: 10, urgency: "urgent" },
    ]);
    const profile = profileWith(rule("report", "duration.report-minutes", ["executive"], { minutes: 10 }));
    const result = await run(spec, profile, [meeting(1, "2026-03-05")]);
    const agenda = result.meetings.find((m) => m.id === "exec#1")!.agenda;
    expect(agenda.map((e) => e.item)).toEqual(["I05", "I02", "I04", "I03", "I01"]);
    expect(agenda.map((e) => e.start)).toEqual(["09:00", "09:10", "09:20", "09:30", "09:35"]);
    expect(agenda.map((e) => e.order)).toEqual([1, 2, 3, 4, 5]);
    expect(agenda.find((e) => e.item === "I04")!.minutes).toBe(10); // a report is cut to 10 minutes
    expect(hardViolations(spec, profile, result)).toEqual([]);
    const notice = result.notices.find((n) => n.item === "I03")!;
    expect(notice).toMatchObject({ unit: "u1", meeting: "exec#1", date: "2026-03-05", start: "09:30" });
    expect(notice.message.zh).toContain("09:30");
  });
});

describe("allocateAgenda: topic meetings (钟山区 第四十二条)", () => {
  const profile = profileWith(
    rule("within", "deadline.topic-meeting-within", ["topic"], { workingDays: 7 }),
    rule("no-monday", "calendar.no-weekday", ["executive", "mayor-office", "topic"], { weekdays: [1] }),
    rule("working", "calendar.working-day", ["executive", "mayor-office", "topic"]),
  );

  it("creates a topic meeting within 7 working days, convened by the responsible leader", async () => {
    // Filed Mon 2 Mar; the leader is away 3–6 Mar; Mon 9 Mar is excluded; on Tue 10 Mar he sits in the plenary; so Wed 11 Mar, the 7th working day.
    const spec = specWith([{ meetingType: "topic", filedOn: "2026-03-02", estimatedMinutes: 45, responsibleLeader: "wang" }], {
      absences: [{ person: "wang", from: "2026-03-03", to: "2026-03-06", kind: "travel" }],
    });
    const plenary = meeting(1, "2026-03-10", { type: "plenary", id: "plenary#1", expected: ["zhang", "wang"] });
    const result = await run(spec, profile, [meeting(1, "2026-03-05"), plenary]);
    const topic = result.meetings.find((m) => m.type === "topic")!;
    expect(calendar.addWorkingDays("2026-03-02", 7)).toBe("2026-03-11");
    expect(topic).toMatchObject({ id: "topic#1", title: "专题会议", date: "2026-03-11", convener: "wang", expected: ["wang", "h1"], room: "r2" });
    expect(topic.date <= calendar.addWorkingDays("2026-03-02", 7)).toBe(true);
    expect(topic.agenda.map((e) => e.item)).toEqual(["I01"]);
    expect(hardViolations(spec, profile, result)).toEqual([]);
  });

  it("uses a standing topic meeting in the window, and shares a created one between a leader's requests", async () => {
    const standing = meeting(1, "2026-03-04", { type: "topic", id: "topic#1", room: "r1", convener: "chen", expected: ["chen"] });
    const spec = specWith([
      { meetingType: "topic", filedOn: "2026-03-02", responsibleLeader: "chen" },
      { meetingType: "topic", filedOn: "2026-03-16", responsibleLeader: "wang" },
      { meetingType: "topic", filedOn: "2026-03-16", responsibleLeader: "wang", unit: "u2" },
    ]);
    const result = await run(spec, profile, [standing]);
    expect(agendaOf(result, "topic#1")).toEqual(["I01"]);
    const created = result.meetings.filter((m) => m.id !== "topic#1");
    expect(created.map((m) => m.id)).toEqual(["topic#2"]);
    expect(created[0]!.agenda.map((e) => e.item)).toEqual(["I02", "I03"]);
    expect(created[0]!.expected).toEqual(["wang", "h1", "h2"]);
    expect(hardViolations(spec, profile, result)).toEqual([]);
  });

  it("does not call a topic meeting on a make-up working Saturday (2026-02-14, 春节调休)", async () => {
    // Filed Fri 13 Feb: the window is 14 Feb, 24–28 Feb, 2 Mar; the Saturdays are working days but not meeting days.
    const spec = specWith([{ meetingType: "topic", filedOn: "2026-02-13", responsibleLeader: "wang" }]);
    const result = await run(spec, profile, []);
    const topic = result.meetings.find((m) => m.type === "topic")!;
    expect(topic.date).toBe("2026-02-24");
    expect(hardViolations(spec, profile, result)).toEqual([]);
  });

  it("explains a request no day in the window can take", async () => {
    const spec = specWith([{ meetingType: "topic", filedOn: "2026-03-02", responsibleLeader: "wang" }], {
      absences: [{ person: "wang", from: "2026-03-02", to: "2026-03-20", kind: "training" }],
    });
    const result = await run(spec, profile, []);
    expect(result.unplaced[0]).toMatchObject({ item: "I01", reason: "sponsor-absent" });
    expect(result.unplaced[0]!.message.en).toContain("2026-03-03..2026-03-11");
  });
});

describe("allocateAgenda: determinism", () => {
  it("gives identical output for the same input, whatever the order of items and meetings", async () => {
    const items = [...many(12, { estimatedMinutes: 15 }), { urgency: "urgent" as const }, { meetingType: "topic" as const, filedOn: "2026-03-02" }];
    const spec = specWith(items);
    const profile = profileWith(rule("within", "deadline.topic-meeting-within", ["topic"], { workingDays: 7 }));
    const meetings = [meeting(1, "2026-03-05"), meeting(2, "2026-03-19")];
    const a = await run(spec, profile, meetings);
    const b = await run({ ...spec, agendaItems: [...spec.agendaItems].reverse() }, profile, [...meetings].reverse());
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});

describe("allocateAgenda: filed earlier goes first among items of the same urgency (issue 12)", () => {
  // Two ordinary items filed five days apart, both long before the period
  // (beyond 75 days, where ageing used to stop growing), compete for the last
  // place: 14 urgent items take the rest of the 15. Run with the earlier one
  // under either id so the solver's index order cannot decide it.
  const contest = (earlierFirst: boolean) => {
    const old = [{ filedOn: "2025-10-09" }, { filedOn: "2025-10-14" }];
    return specWith([...many(14, { filedOn: "2026-03-01", urgency: "urgent" }), ...(earlierFirst ? old : [...old].reverse())]);
  };

  it.each([
    ["I15", "I16"],
    ["I16", "I15"],
  ] as const)("places %s (filed 2025-10-09) and leaves %s (2025-10-14) out of the full meeting", async (earlier, later) => {
    const spec = contest(earlier === "I15");
    const profile = profileWith();
    const result = await run(spec, profile, [meeting(1, "2026-03-05")]);
    expect(agendaOf(result, "exec#1")).toHaveLength(15);
    expect(agendaOf(result, "exec#1")).toContain(earlier);
    expect(result.unplaced.map((u) => [u.item, u.reason])).toEqual([[later, "no-capacity"]]);
    expect(hardViolations(spec, profile, result)).toEqual([]);
  });

  it.each([
    ["I15", "I16"],
    ["I16", "I15"],
  ] as const)("with a later meeting, takes %s first and defers %s to it", async (earlier, later) => {
    const spec = contest(earlier === "I15");
    const profile = profileWith();
    const result = await run(spec, profile, [meeting(1, "2026-03-05"), meeting(2, "2026-03-19")]);
    expect(agendaOf(result, "exec#1")).toContain(earlier);
    expect(agendaOf(result, "exec#2")).toEqual([later]);
    expect(hardViolations(spec, profile, result)).toEqual([]);
  });

  it("also when the earlier one has waited a whole week more at that meeting (filed a day apart, 3 weeks before it)", async () => {
    // Thu 12 Feb is exactly 21 days before 5 Mar, Fri 13 Feb 20: waiting is no reason to lose the place.
    for (const [a, b] of [["2026-02-12", "2026-02-13"], ["2026-02-13", "2026-02-12"]] as const) {
      const spec = specWith([...many(14, { filedOn: "2026-03-01", urgency: "urgent" }), { filedOn: a }, { filedOn: b }]);
      const profile = profileWith();
      const result = await run(spec, profile, [meeting(1, "2026-03-05")]);
      const earlier = a < b ? "I15" : "I16";
      expect(agendaOf(result, "exec#1")).toContain(earlier);
      expect(result.unplaced.map((u) => u.item)).toEqual([earlier === "I15" ? "I16" : "I15"]);
      expect(hardViolations(spec, profile, result)).toEqual([]);
    }
  });

  it("but age never outranks urgency: an urgent item filed this week beats an ordinary one filed two years ago", async () => {
    const spec = specWith([...many(14, { filedOn: "2026-03-01", urgency: "urgent" }), { filedOn: "2024-03-01" }, { filedOn: "2024-03-02" }, { filedOn: "2026-03-02", urgency: "urgent" }]);
    const profile = profileWith();
    const result = await run(spec, profile, [meeting(1, "2026-03-05")]);
    expect(agendaOf(result, "exec#1")).toContain("I17");
    expect(result.unplaced.map((u) => u.item)).toEqual(["I15", "I16"]);
    expect(hardViolations(spec, profile, result)).toEqual([]);
  });

  it("nor a due date in the period: an ordinary item due 10 March beats one filed long before without a due date", async () => {
    const spec = specWith([...many(14, { filedOn: "2026-03-01", urgency: "urgent" }), { filedOn: "2025-06-01" }, { filedOn: "2025-06-02" }, { filedOn: "2026-03-02", dueBy: "2026-03-10" }]);
    const profile = profileWith();
    const result = await run(spec, profile, [meeting(1, "2026-03-05")]);
    expect(agendaOf(result, "exec#1")).toContain("I17");
    expect(result.unplaced.map((u) => u.item)).toEqual(["I15", "I16"]);
    expect(hardViolations(spec, profile, result)).toEqual([]);
  });
});
