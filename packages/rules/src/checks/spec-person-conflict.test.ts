import { describe, expect, it } from "vitest";
import { makeMeeting, makePlan, makeSpec, runCheck } from "./test-helpers.js";

/**
 * A member expected at two meetings at once: hard, unless the series allow a
 * stand-in (the spec's standIn) for everyone but one of the meetings.
 * 王 sits in both bodies; 李 convenes the topic meetings.
 */
const march = { from: "2026-03-01", to: "2026-03-31" };
const only = (id: string) => (v: { rule: string }) => v.rule === id;
const series = (standIn: { exec?: number; topic?: number }) =>
  makeSpec({
    bodies: [
      { id: "executive", name: "区人民政府常务会议", type: "executive", members: ["zhang", "li", "wang", "liu", "chen", "huang"], convener: "zhang", designatedConveners: ["li"] },
      { id: "topic", name: "专题会议", type: "topic", members: ["li", "wang"], convener: "li" },
    ],
    series: [
      { id: "exec", name: "区政府常务会议", type: "executive", body: "executive", room: "r401", ...(standIn.exec ? { standIn: { weight: standIn.exec } } : {}) },
      { id: "topic", name: "专题会议", type: "topic", body: "topic", room: "r201", ...(standIn.topic ? { standIn: { weight: standIn.topic } } : {}) },
    ],
  });
const exec = makeMeeting("2026-03-12", { start: "09:00", end: "11:00", expected: ["zhang", "wang"] });
const topic = (expected: string[]) => makeMeeting("2026-03-12", { id: "topic#1", series: "topic", type: "topic", title: "专题会议", room: "r201", start: "10:00", end: "12:00", expected });
const judge = (standIn: { exec?: number; topic?: number }, expected: string[]) => runCheck(series(standIn), makePlan(march, { meetings: [exec, topic(expected)] }), []).filter(only("spec.person-conflict"));

describe("spec.person-conflict with stand-ins", () => {
  it("is hard when neither series allows a stand-in", () => {
    const [v, ...rest] = judge({}, ["li", "wang"]);
    expect(rest).toEqual([]);
    expect(v!.severity).toBe("hard");
    expect(v!.subjects.people).toEqual(["wang"]);
  });

  it("is soft when the member may send a stand-in to one of the meetings, and says where", () => {
    const [v] = judge({ topic: 20 }, ["li", "wang"]);
    expect(v!.severity).toBe("soft");
    expect(v!.message.zh).toContain("其中可委托他人代为出席的会议：专题会议（2026-03-12）（spec 的 standIn）");
    expect(v!.message.en).toContain("a stand-in may attend in their place at 专题会议 (2026-03-12) (the spec's standIn)");
  });

  it("stays hard for the convener: a convener sends no stand-in to the meeting they convene", () => {
    // 李 convenes the topic meeting and sits in the executive one, which expects everyone in person.
    const [v] = judge({ topic: 20 }, ["li"]).filter((x) => x.subjects.people.includes("li"));
    const li = runCheck(series({ topic: 20 }), makePlan(march, { meetings: [makeMeeting("2026-03-12", { start: "09:00", end: "11:00", expected: ["li"] }), topic(["li"])] }), []).filter(only("spec.person-conflict"));
    expect(v).toBeUndefined();
    expect(li.map((x) => x.severity)).toEqual(["hard"]);
    const both = runCheck(series({ exec: 5, topic: 20 }), makePlan(march, { meetings: [makeMeeting("2026-03-12", { start: "09:00", end: "11:00", expected: ["li"] }), topic(["li"])] }), []).filter(only("spec.person-conflict"));
    expect(both.map((x) => x.severity)).toEqual(["soft"]);
  });
});
