import { describe, expect, it } from "vitest";
import { makeMeeting, makePlan, makeSpec, runCheck } from "./test-helpers.js";

const march = { from: "2026-03-01", to: "2026-03-31" };
const only = (id: string) => (v: { rule: string }) => v.rule === id;

describe("built-in checks of the spec (always on)", () => {
  it("spec.blackout: a meeting inside a blackout cites the spec field; the day after is fine", () => {
    const spec = makeSpec({ blackouts: [{ from: "2026-03-04", to: "2026-03-11", name: "全国两会期间" }] });
    const [v] = runCheck(spec, makePlan(march, { meetings: [makeMeeting("2026-03-11")] }), []).filter(only("spec.blackout"));
    expect(v!.citation).toEqual({ jurisdiction: "六盘水市钟山区人民政府", article: "blackouts[0]", text: "全国两会期间" });
    expect(v!.message.en).toBe("第1次常务会议 (2026-03-11) falls within “全国两会期间” (2026-03-04 to 2026-03-11), when no such meeting is held (六盘水市钟山区人民政府 blackouts[0])");
    expect(runCheck(spec, makePlan(march, { meetings: [makeMeeting("2026-03-12")] }), []).filter(only("spec.blackout"))).toEqual([]);
  });

  it("spec.blackout respects the blackout's meeting types", () => {
    const spec = makeSpec({ blackouts: [{ from: "2026-03-04", to: "2026-03-11", name: "两会", meetingTypes: ["plenary"] }] });
    expect(runCheck(spec, makePlan(march, { meetings: [makeMeeting("2026-03-05")] }), []).filter(only("spec.blackout"))).toEqual([]);
  });

  it("spec.room-conflict: two meetings overlapping in one room; back to back is fine", () => {
    const a = makeMeeting("2026-03-12", { start: "09:00", end: "11:00", expected: ["li"] });
    const b = makeMeeting("2026-03-12", { id: "t#1", type: "topic", series: undefined, title: "专题会议", start: "10:30", end: "12:00", expected: ["wang"] });
    const [v] = runCheck(makeSpec(), makePlan(march, { meetings: [a, b] }), []).filter(only("spec.room-conflict"));
    expect(v!.citation.article).toBe("rooms[0]");
    expect(v!.subjects.meetings).toEqual(["exec#1", "t#1"]);
    expect(runCheck(makeSpec(), makePlan(march, { meetings: [a, { ...b, start: "11:00" }] }), []).filter(only("spec.room-conflict"))).toEqual([]);
  });

  it("spec.person-conflict: one person in two meetings at once", () => {
    const a = makeMeeting("2026-03-12", { start: "09:00", end: "11:00", expected: ["li", "wang"] });
    const b = makeMeeting("2026-03-12", { id: "t#1", type: "topic", series: undefined, title: "专题会议", room: "r201", start: "10:00", end: "12:00", expected: ["li"] });
    const vs = runCheck(makeSpec(), makePlan(march, { meetings: [a, b] }), []).filter(only("spec.person-conflict"));
    expect(vs.map((v) => v.subjects.people)).toEqual([["li"]]);
    expect(vs[0]!.message.en).toBe("李娜 is expected at both 第1次常务会议 (2026-03-12) and 专题会议 (2026-03-12) at the same time on 2026-03-12 (六盘水市钟山区人民政府 people[1])");
  });

  it("spec.person-conflict: on duty while away, when no duty.available rule judges it", () => {
    const spec = makeSpec({ absences: [{ person: "s1", from: "2026-03-03", to: "2026-03-03", reason: "探亲" }] });
    const [v] = runCheck(spec, makePlan(march, { roster: [{ date: "2026-03-03", post: "staff", person: "s1" }] }), []).filter(only("spec.person-conflict"));
    expect(v!.citation).toMatchObject({ article: "absences[0]", text: "探亲" });
  });

  it("spec.duty-restriction: a duty on a weekday the person's restriction rules out", () => {
    const spec = makeSpec({ duty: { ...makeSpec().duty, restrictions: [{ person: "s4", noWeekdays: [7], reason: "周日照护家人" }] } });
    const sunday = [{ date: "2026-03-08", post: "staff", person: "s4" }];
    const [v] = runCheck(spec, makePlan(march, { roster: sunday }), []).filter(only("spec.duty-restriction"));
    expect(v!.citation).toMatchObject({ article: "duty.restrictions[0]", text: "周日照护家人" });
    expect(v!.message.en).toBe("林浩 is on 值班人员 on 2026-03-08, but their restriction says no duty on Sundays (六盘水市钟山区人民政府 duty.restrictions[0])");
    expect(runCheck(spec, makePlan(march, { roster: [{ ...sunday[0]!, date: "2026-03-07" }] }), []).filter(only("spec.duty-restriction"))).toEqual([]);
  });
});
