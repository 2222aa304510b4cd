import { describe, expect, it } from "vitest";
import type { PlannedMeeting } from "@yishi/domain";
import { makeMeeting, makePlan, makeSpec, runCheck } from "./test-helpers.js";

const march = { from: "2026-03-01", to: "2026-03-31" };
const only = (id: string) => (v: { rule: string }) => v.rule === id;
const topic = (n: number, start: string, end: string, extra: Partial<PlannedMeeting> = {}) =>
  makeMeeting("2026-03-12", { id: `t#${n}`, type: "topic", series: undefined, title: `专题会议${n}`, start, end, expected: [], ...extra });
const clashes = (meetings: PlannedMeeting[], rule: string) => runCheck(makeSpec(), makePlan(march, { meetings }), []).filter(only(rule));

describe("room and person clashes: one violation per overlapping group, not per pair", () => {
  it("three meetings at once in one room: one room clash naming all three, the three ids as subjects", () => {
    const vs = clashes([topic(1, "09:00", "11:00"), topic(2, "09:30", "10:30"), topic(3, "10:00", "12:00")], "spec.room-conflict");
    expect(vs).toHaveLength(1);
    expect(vs[0]!.subjects.meetings).toEqual(["t#1", "t#2", "t#3"]);
    expect(vs[0]!.message.en).toBe(
      "4楼常务会议室 holds 3 meetings at overlapping times on 2026-03-12: 专题会议1 (2026-03-12) (09:00–11:00), 专题会议2 (2026-03-12) (09:30–10:30), 专题会议3 (2026-03-12) (10:00–12:00) (六盘水市钟山区人民政府 rooms[0])",
    );
    expect(vs[0]!.message.zh).toContain("4楼常务会议室在2026-03-12同时段安排了3个时间交叠的会议：专题会议1（2026-03-12）（09:00–11:00）、");
  });

  it("a chain 09:00–10:00, 09:30–11:00, 10:30–12:00 is one group; 13:00–14:00 with 13:30–15:00 another; back to back is none", () => {
    const day = [topic(1, "09:00", "10:00"), topic(2, "09:30", "11:00"), topic(3, "10:30", "12:00"), topic(4, "13:00", "14:00"), topic(5, "13:30", "15:00"), topic(6, "15:00", "16:00")];
    expect(clashes(day, "spec.room-conflict").map((v) => v.subjects.meetings)).toEqual([["t#1", "t#2", "t#3"], ["t#4", "t#5"]]);
  });

  it("one person in three overlapping meetings in different rooms: one clash for that person, none for one at only one of them", () => {
    const ms = [topic(1, "09:00", "11:00", { expected: ["li", "wang"] }), topic(2, "10:00", "12:00", { room: "r201", expected: ["li"] }), topic(3, "10:30", "11:30", { room: undefined, expected: ["li"] })];
    const vs = clashes(ms, "spec.person-conflict");
    expect(vs.map((v) => [v.subjects.people, v.subjects.meetings])).toEqual([[["li"], ["t#1", "t#2", "t#3"]]]);
    expect(vs[0]!.message.en).toBe("李娜 is expected at 3 meetings at overlapping times on 2026-03-12: 专题会议1 (2026-03-12), 专题会议2 (2026-03-12), 专题会议3 (2026-03-12) (六盘水市钟山区人民政府 people[1])");
  });

  it("200 meetings at once sharing a room and two people: 3 violations, each naming five meetings and counting the rest", () => {
    const ms = Array.from({ length: 200 }, (_, k) => topic(k, "09:00", "12:00", { expected: ["li", "wang"] }));
    const room = clashes(ms, "spec.room-conflict");
    const people = clashes(ms, "spec.person-conflict");
    expect(room).toHaveLength(1);
    expect(people.map((v) => v.subjects.people)).toEqual([["li"], ["wang"]]);
    for (const v of [...room, ...people]) {
      expect(v.subjects.meetings).toHaveLength(200);
      expect(v.message.en).toContain("and 195 more");
      expect(v.message.zh).toContain("等200个会议");
    }
  });

  it("two two-day meetings clashing on both days: reported once, on the first shared day", () => {
    const a = makeMeeting("2026-03-12", { id: "c#1", type: "topic", series: undefined, title: "甲", endDate: "2026-03-13" });
    const b = makeMeeting("2026-03-12", { id: "c#2", type: "topic", series: undefined, title: "乙", endDate: "2026-03-13" });
    const vs = clashes([a, b], "spec.room-conflict");
    expect(vs.map((v) => v.subjects.dates)).toEqual([["2026-03-12"]]);
  });

  it("a meeting from 14:00 one day to 12:00 the next holds the room that morning, and not after noon", () => {
    const overnight = makeMeeting("2026-03-12", { id: "c#1", type: "topic", series: undefined, title: "甲", start: "14:00", end: "12:00", endDate: "2026-03-13" });
    const morning = makeMeeting("2026-03-13", { id: "c#2", type: "topic", series: undefined, title: "乙", start: "11:00", end: "12:30" });
    const afternoon = makeMeeting("2026-03-13", { id: "c#3", type: "topic", series: undefined, title: "丙", start: "13:00", end: "14:30" });
    expect(clashes([overnight, morning, afternoon], "spec.room-conflict").map((v) => v.subjects.meetings)).toEqual([["c#1", "c#2"]]);
  });
});
