import { describe, expect, it } from "vitest";
import type { MeetingOrganizer } from "@yishi/domain";
import { check } from "../check.js";
import { getProfile } from "../get-profile.js";
import { BASE_SPEC, makeMeeting, makePlan, makeSpec, runRule } from "./test-helpers.js";

// 房山区 第四十八条: “应由各部门召开的全区性会议,不得以区政府或区政府办公室名义召开,不得邀请区长出席,确需邀请的须报区政府批准。”
const fangshan = getProfile("房山区");
const rule = fangshan.rules.find((r) => r.id === "conference.mayor-invitation")!;
const march = { from: "2026-03-01", to: "2026-03-31" };
const spec = (organizer: MeetingOrganizer | undefined, approvedOn?: string) =>
  makeSpec({
    bodies: [...BASE_SPEC.bodies!, { id: "safety", name: "全区安全生产工作会议", type: "conference", members: ["wang", "zhou"], convener: "wang" }],
    series: [
      ...BASE_SPEC.series!,
      { id: "safety", name: "全区安全生产工作会议", type: "conference", body: "safety", ...(organizer === undefined ? {} : { organizer }), ...(approvedOn === undefined ? {} : { mayorInvitationApprovedOn: approvedOn }) },
    ],
  });
const conference = (expected: string[]) =>
  makePlan(march, { meetings: [makeMeeting("2026-03-18", { id: "safety#1", series: "safety", type: "conference", title: "全区安全生产工作会议", room: "r201", convener: "wang", expected })] });

describe("房山区 第四十八条: a department's conference does not invite the mayor unless the government approves", () => {
  it("keep: the department's conference without the mayor; break: with the mayor and no approval", () => {
    expect(rule.citation.article).toBe("第四十八条");
    expect(runRule(spec("department"), conference(["wang", "zhou"]), rule)).toEqual([]);
    const [v, ...rest] = runRule(spec("department"), conference(["wang", "zhou", "zhang"]), rule);
    expect(rest).toEqual([]);
    expect(v!.message.zh).toBe("部门召开的全区安全生产工作会议（2026-03-18）邀请区长张伟出席，未记录区政府的批准（确需邀请的须报区政府批准） (房山区 第四十八条)");
    expect(v!.message.en).toBe(
      "全区安全生产工作会议 (2026-03-18), held by a department, invites the mayor 张伟, and the government's approval is not on record (an invitation that is needed goes to the government for approval) (房山区 第四十八条)",
    );
    expect(v!.subjects.people).toEqual(["zhang"]);
  });

  it("keep: approved by the government by the meeting day (确需邀请的须报区政府批准); break: approved only after it", () => {
    expect(runRule(spec("department", "2026-03-10"), conference(["zhang", "zhou"]), rule)).toEqual([]);
    const [v] = runRule(spec("department", "2026-03-20"), conference(["zhang", "zhou"]), rule);
    expect(v!.message.zh).toBe("部门召开的全区安全生产工作会议（2026-03-18）邀请区长张伟出席，区政府于2026-03-20才批准，晚于会议 (房山区 第四十八条)");
  });

  it("does not bind a conference held in the government's name, which may have the mayor", () => {
    expect(check(spec(undefined), conference(["zhang", "zhou"]), fangshan).filter((v) => v.code === "attendance.not-invited")).toEqual([]);
    expect(check(spec("department"), conference(["zhang", "zhou"]), fangshan).filter((v) => v.code === "attendance.not-invited")).toHaveLength(1);
  });
});
