import { describe, expect, it } from "vitest";
import { Plan, parseSpec } from "@yishi/domain";
import { addAbsence, addExtraSession, dropItem, moveItem, moveMeeting, removeFact, reorderItem, setDuty } from "./edits.js";

const spec = parseSpec(
  JSON.stringify({
    organization: { id: "zs", name: "钟山区人民政府", jurisdiction: "钟山区" },
    people: [{ id: "a", name: "甲", roles: ["mayor"] }, { id: "b", name: "乙", roles: ["deputy"] }, { id: "c", name: "丙", roles: ["deputy"] }],
    units: [{ id: "office", name: "办公室", head: "a" }],
    bodies: [{ id: "exec", name: "常务会议", type: "executive", members: ["a", "b", "c"], convener: "a" }],
    series: [{ id: "exec", name: "区政府常务会议", type: "executive", body: "exec" }],
    duty: { posts: [{ id: "leader", name: "带班领导", pool: ["a", "b", "c"] }] },
  }),
  "spec.json",
);

const meeting = (id: string, date: string, agenda: string[] = []) => ({
  id, series: "exec", type: "executive", title: `区政府常务会议（${id}）`, date, start: "09:00", end: "11:00", expected: ["a", "b", "c"],
  quorum: { members: 3, present: 3, required: 2, holds: true },
  agenda: agenda.map((item, i) => ({ item, order: i + 1, start: `09:${String(i * 20).padStart(2, "0")}`, minutes: 20 })),
});

const plan = Plan.parse({
  schema: "yishi.plan/v1", organization: "zs", profile: "default", period: { from: "2026-03-01", to: "2026-03-31", label: "2026-03" },
  meetings: [meeting("exec#1", "2026-03-05", ["X", "Y", "Z"]), meeting("exec#2", "2026-03-19")],
  roster: [{ date: "2026-03-05", post: "leader", person: "b" }],
});

describe("the planner's edits", () => {
  it("a moved meeting keeps its length; its agenda moves with it; the people away on the new day are listed", () => {
    const withLeave = addAbsence(plan, spec, { person: "c", from: "2026-03-10", to: "2026-03-10", kind: "travel", approved: true, reason: "赴省汇报" });
    const moved = moveMeeting(withLeave, spec, "exec#1", { date: "2026-03-10", start: "14:30" });
    const m = moved.meetings.find((x) => x.id === "exec#1")!;
    expect(m).toMatchObject({ date: "2026-03-10", start: "14:30", end: "16:30" });
    expect(m.agenda.map((a) => a.start)).toEqual(["14:30", "14:50", "15:10"]);
    expect(m.absent).toEqual([{ person: "c", kind: "travel", reason: "赴省汇报" }]);
    expect(m.quorum).toEqual({ members: 3, present: 2, required: 2, holds: true });
    // The original is untouched: undo keeps it.
    expect(plan.meetings[0]!.date).toBe("2026-03-05");
    expect(moved.meetings.map((x) => x.id)).toEqual(["exec#1", "exec#2"]);
  });

  it("a new absence lists the person away at the meetings it falls on, and removing it takes them off again", () => {
    const away = addAbsence(plan, spec, { person: "b", from: "2026-03-01", to: "2026-03-06", kind: "leave", approved: true });
    expect(away.facts?.absences).toHaveLength(1);
    expect(away.meetings[0]!.absent.map((a) => a.person)).toEqual(["b"]);
    expect(away.meetings[1]!.absent).toEqual([]);
    const back = removeFact(away, spec, "absences", 0);
    expect(back.meetings[0]!.absent).toEqual([]);
    expect(back.meetings[0]!.quorum?.present).toBe(3);
  });

  it("reorders, moves and drops agenda items, numbering and timing them back to back", () => {
    const up = reorderItem(plan, "exec#1", "Z", -1);
    expect(up.meetings[0]!.agenda.map((a) => [a.order, a.item, a.start])).toEqual([[1, "X", "09:00"], [2, "Z", "09:20"], [3, "Y", "09:40"]]);
    expect(reorderItem(plan, "exec#1", "X", -1)).toEqual(plan);
    const moved = moveItem(plan, "Y", "exec#1", "exec#2", 20);
    expect(moved.meetings[0]!.agenda.map((a) => a.item)).toEqual(["X", "Z"]);
    expect(moved.meetings[1]!.agenda).toEqual([{ item: "Y", order: 1, start: "09:00", minutes: 20 }]);
    const dropped = dropItem(plan, "exec#1", "X");
    expect(dropped.meetings[0]!.agenda.map((a) => [a.item, a.start])).toEqual([["Y", "09:00"], ["Z", "09:20"]]);
    expect(dropped.unplacedItems.map((u) => [u.item, u.reason])).toEqual([["X", "withdrawn"]]);
    // Placing it again takes it off the unplaced list.
    expect(moveItem(dropped, "X", undefined, "exec#2", 20).unplacedItems).toEqual([]);
  });

  it("an extra session copies its series' nearest occurrence, with its reason, the next number, pinned", () => {
    const next = addExtraSession(plan, spec, "exec", "2026-03-12", "研究防汛应急事项");
    const extra = next.meetings.find((m) => m.id === "exec#3")!;
    expect(extra).toMatchObject({ date: "2026-03-12", start: "09:00", end: "11:00", extra: { reason: "研究防汛应急事项" }, pinned: true, agenda: [], title: "区政府常务会议（临时会议）" });
    expect(next.meetings.map((m) => m.id)).toEqual(["exec#1", "exec#3", "exec#2"]);
  });

  it("hands a duty seat to someone else, as roster swap does", () => {
    expect(setDuty(plan, { date: "2026-03-05", post: "leader", person: "b" }, "c").roster).toEqual([{ date: "2026-03-05", post: "leader", person: "c", shift: "full" }]);
  });
});
