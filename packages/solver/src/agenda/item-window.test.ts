import { describe, expect, it } from "vitest";
import type { AgendaItem } from "@yishi/domain";
import { check, getProfile } from "@yishi/rules";
import { allocateAgenda } from "./allocate-agenda.js";
import { agendaOf, agendaPlan, calendar, meeting, reasonOf, specWith } from "./test-agenda-fixtures.js";

/**
 * 西城区 五十九(一): next quarter's work points “提交政府常务会议讨论” after the departments' 20th;
 * 五十五: the mid-year and year-end reviews. The planner places such an item only
 * inside its window, judged here by the checker.
 */
const xicheng = getProfile("西城区");

async function allocate(item: Partial<AgendaItem>, period: { from: string; to: string }, dates: string[]) {
  const spec = specWith([{ responsibleLeader: "zhang", ...item }]);
  const meetings = dates.map((d, i) => meeting(i + 1, d));
  const plan = { ...period, label: `${period.from}..${period.to}` };
  const result = await allocateAgenda({ spec, profile: xicheng, calendar, period: plan, meetings });
  const breaks = check(spec, agendaPlan(spec, xicheng, result, plan), xicheng, { calendar })
    .filter((v) => v.severity === "hard" && v.subjects.items.includes("I01"))
    .map((v) => `${v.code}: ${v.message.en}`);
  return { result, breaks };
}

describe("item windows in the agenda planner (西城区 五十九(一), 五十五)", () => {
  // Monday executive meetings on 03-09, 03-16 and 03-23 (附件1 二.1 一般安排在星期一).
  const march = { from: "2026-03-09", to: "2026-03-29" };
  const mondays = ["2026-03-09", "2026-03-16", "2026-03-23"];

  it("keep: next quarter's work points, filed on 03-02, wait for the meeting after the 20th, and the checker agrees", async () => {
    const { result, breaks } = await allocate({ category: "quarterly-work-points", filedOn: "2026-03-02" }, march, mondays);
    expect(agendaOf(result, "exec#1")).toEqual([]);
    expect(agendaOf(result, "exec#2")).toEqual([]);
    expect(agendaOf(result, "exec#3")).toEqual(["I01"]);
    expect(breaks).toEqual([]);
  });

  it("break: with no meeting after the 20th, they are not placed, saying why", async () => {
    const { result, breaks } = await allocate({ category: "quarterly-work-points", filedOn: "2026-03-02" }, march, mondays.slice(0, 2));
    expect(reasonOf(result, "I01")).toBe("wrong-meeting");
    expect(result.unplaced[0]!.message.zh).toContain("不在季度最后一个月的20日以后（2026-03-21至2026-03-31）之内（西城区 五十九(一)）");
    expect(breaks).toEqual([]);
  });

  it("keep: filed for the mayor's office meeting, they are routed to the executive meeting (提交政府常务会议讨论)", async () => {
    const { result, breaks } = await allocate({ category: "quarterly-work-points", filedOn: "2026-03-02", meetingType: "mayor-office" }, march, mondays);
    expect(agendaOf(result, "exec#3")).toEqual(["I01"]);
    expect(breaks).toEqual([]);
  });

  it("keep: the year-end review goes to December's meeting, not November's", async () => {
    const { result, breaks } = await allocate({ category: "year-end-review", filedOn: "2026-11-02" }, { from: "2026-11-09", to: "2026-12-13" }, ["2026-11-23", "2026-12-07"]);
    expect(agendaOf(result, "exec#1")).toEqual([]);
    expect(agendaOf(result, "exec#2")).toEqual(["I01"]);
    expect(breaks).toEqual([]);
  });
});
