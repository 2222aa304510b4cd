import { describe, expect, it } from "vitest";
import { check } from "../check.js";
import { getProfile } from "../get-profile.js";
import { RULE_PARAMS } from "../rule-params.js";
import { makeMeeting, makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

// 钟山区 第四十七条: 须向会议召集人请假…明确代会人员，经会议召集人同意后方可请假.
const rule = makeRule("attendance.leave-approved", {}, { cite: ["钟山区", "第四十七条", "经会议召集人同意后方可请假"] });
const march = { from: "2026-03-01", to: "2026-03-31" };
const leave = (extra = {}) => makeSpec({ absences: [{ person: "wang", from: "2026-03-09", to: "2026-03-11", ...extra }] });
const absentInPlan = (extra = {}) => makePlan(march, { meetings: [makeMeeting("2026-03-10", { absent: [{ person: "wang", kind: "leave", ...extra }] })] });

describe("attendance.leave-approved", () => {
  it("keeps an absence the spec records as approved", () => {
    expect(runRule(leave(), absentInPlan(), rule)).toEqual([]);
    expect(runRule(leave({ substitute: "zhou" }), absentInPlan({ substitute: "zhou" }), rule)).toEqual([]);
  });

  it("breaks on an absence with no leave on record, or leave not approved", () => {
    const [v] = runRule(makeSpec(), absentInPlan(), rule);
    expect(v!.message.en).toBe("王强 misses 第1次常务会议 (2026-03-10) with no leave on record (钟山区 第四十七条)");
    expect(runRule(leave({ approved: false }), makePlan(march, { meetings: [makeMeeting("2026-03-10")] }), rule)).toHaveLength(1);
  });

  it("breaks on a stand-in the approved leave does not name", () => {
    const [v] = runRule(leave(), absentInPlan({ substitute: "zhou" }), rule);
    expect(v!.message.zh).toBe("周军代王强出席第1次常务会议（2026-03-10），未经会议召集人同意 (钟山区 第四十七条)");
    expect(runRule(leave(), absentInPlan({ substitute: "zhou" }), makeRule("attendance.leave-approved", { substituteNeedsApproval: false }))).toEqual([]);
  });

  // The stand-in needs the consent of whom the article names: 北京市 四十一 “应提前向市政府秘书长请假,未经同意不得由他人代替出席会议”,
  // 常州市 四十八 “須向市政府秘書長請假,獲準後方可安排其他負責同志參加會議”, 房山区 第四十六条 “由区政府办公室汇总后向区长报告,准假后方可委派分管副职参加会议”.
  describe("the stand-in message names the approver the article names", () => {
    const shippedLeave = (id: string) => getProfile(id).rules.find((r) => r.id === "attendance.leave")!;
    const standIn = (id: string) => runRule(leave({ requestedOn: "2026-03-01" }), absentInPlan({ substitute: "zhou" }), shippedLeave(id));

    it.each([
      ["北京市", "周军代王强出席第1次常务会议（2026-03-10），未经市政府秘书长同意 (北京市 四十一)", "周军 stands in for 王强 at 第1次常务会议 (2026-03-10) without the approval of the secretary-general (市政府秘书长) (北京市 四十一)"],
      ["常州市", "周军代王强出席第1次常务会议（2026-03-10），未经市政府秘书长同意 (常州市 四十八)", "周军 stands in for 王强 at 第1次常务会议 (2026-03-10) without the approval of the secretary-general (市政府秘书长) (常州市 四十八)"],
      ["房山区", "周军代王强出席第1次常务会议（2026-03-10），未经区长同意 (房山区 第四十六条)", "周军 stands in for 王强 at 第1次常务会议 (2026-03-10) without the approval of the mayor (区长) (房山区 第四十六条)"],
      ["钟山区", "周军代王强出席第1次常务会议（2026-03-10），未经会议召集人同意 (钟山区 第四十七条)", "周军 stands in for 王强 at 第1次常务会议 (2026-03-10) without the approval of the convener (钟山区 第四十七条)"],
    ])("break under %s: a stand-in the approved leave does not name", (id, zh, en) => {
      const [v, ...rest] = standIn(id);
      expect(rest).toEqual([]);
      expect(v!.message).toEqual({ zh, en });
    });

    it("keep: the stand-in the approved leave names, under each", () => {
      for (const id of ["北京市", "常州市", "房山区", "钟山区"]) {
        expect(runRule(leave({ requestedOn: "2026-03-01", substitute: "zhou" }), absentInPlan({ substitute: "zhou" }), shippedLeave(id))).toEqual([]);
      }
    });

    it("an article that names no stand-in rule asks none, whoever grants the leave (依安县 第五十条 向县长请假, 西城区 附件2 四.1)", () => {
      expect(standIn("依安县")).toEqual([]);
      const xichengMayorOffice = getProfile("西城区").rules.find((r) => r.id === "mayor-office.leave")!;
      expect(xichengMayorOffice.citation.text).toContain("其它部门领导需向区政府办公室主任请假");
      expect(RULE_PARAMS["attendance.leave-approved"].parse(xichengMayorOffice.params).approver.zh).toContain("区政府办公室主任");
    });
  });

  // 北京市 四十一: “不能出席市政府会议的,应提前向市政府秘书长请假,未经同意不得由他人代替出席会议。”
  // 房山区 第四十六条: “…不能出席区政府会议的,应提前向区政府书面请假,…”
  describe("北京市 四十一, 房山区 第四十六条: leave asked in advance (提前)", () => {
    const beijing = makeRule("attendance.leave-approved", { askedBeforeMeetingDay: true }, { cite: ["北京市", "四十一", "应提前向市政府秘书长请假"] });

    it("keep: asked the day before the meeting", () => {
      expect(runRule(leave({ requestedOn: "2026-03-09" }), absentInPlan(), beijing)).toEqual([]);
    });

    it("break: asked on the meeting day, and the message says before the meeting day, no number", () => {
      const [v, ...rest] = runRule(leave({ requestedOn: "2026-03-10" }), absentInPlan(), beijing);
      expect(rest).toEqual([]);
      expect(v!.message.zh).toBe("王强缺席第1次常务会议（2026-03-10），请假于2026-03-10才提出，应在会议当天之前提前请假（条文只说“提前”，未规定天数） (北京市 四十一)");
      expect(v!.message.en).toBe(
        "王强 misses 第1次常务会议 (2026-03-10) with leave asked only on 2026-03-10; it is asked in advance, before the meeting day (the article says 提前 and gives no number of days) (北京市 四十一)",
      );
      expect(runRule(leave({ requestedOn: "2026-03-12" }), absentInPlan(), beijing)).toHaveLength(1);
    });

    it("an absence that does not say when it was asked is not judged late; 钟山区 第四十七条 asks no lead at all", () => {
      expect(runRule(leave(), absentInPlan(), beijing)).toEqual([]);
      expect(runRule(leave({ requestedOn: "2026-03-10" }), absentInPlan(), rule)).toEqual([]);
    });

    it("the shipped 北京市 and 房山区 profiles read 提前 so", () => {
      for (const id of ["北京市", "房山区"]) expect(getProfile(id).rules.find((r) => r.id === "attendance.leave")!.params).toMatchObject({ askedBeforeMeetingDay: true });
      expect(RULE_PARAMS["attendance.leave-approved"].parse(getProfile("钟山区").rules.find((r) => r.id === "attendance.leave")!.params).askedBeforeMeetingDay).toBe(false);
    });
  });

  // 西城区 附件1 四.3 “如确有特殊情况不能出席,副区长、区长助理需向区长请假” beside the inherited 北京市 四十一.
  describe("one absence, one violation, under 西城区 and the city rule it inherits", () => {
    const xicheng = getProfile("西城区");
    const spec = makeSpec({ duty: {} });

    it("an absence with no leave is reported once, under the district's article, naming the city's too", () => {
      const vs = check(spec, absentInPlan(), xicheng).filter((v) => v.code === "attendance.leave-approved");
      expect(vs.map((v) => `${v.citation.jurisdiction} ${v.citation.article}`)).toEqual(["西城区 附件1 四.3"]);
      expect(vs[0]!.message.en).toBe("王强 misses 第1次常务会议 (2026-03-10) with no leave on record; also under 北京市 四十一 (西城区 附件1 四.3)");
      expect(vs[0]!.message.zh).toBe("王强缺席第1次常务会议（2026-03-10），但没有请假记录；另见北京市 四十一 (西城区 附件1 四.3)");
    });

    it("what only the city's article asks (提前, no stand-in without consent) is still reported under it", () => {
      const spec2 = makeSpec({ duty: {}, absences: [{ person: "wang", from: "2026-03-09", to: "2026-03-11", requestedOn: "2026-03-10" }] });
      const vs = check(spec2, absentInPlan({ substitute: "zhou" }), xicheng).filter((v) => v.code === "attendance.leave-approved");
      expect(vs.map((v) => `${v.citation.jurisdiction} ${v.citation.article}`)).toEqual(["北京市 四十一", "北京市 四十一"]);
    });

    it("a plenary meeting, which only the city's rule covers, is reported under it", () => {
      const plenary = makeMeeting("2026-03-10", { id: "plenary#1", series: undefined, type: "plenary", title: "全体会议", room: undefined, expected: ["wang"], absent: [{ person: "wang", kind: "leave" }] });
      const vs = check(spec, makePlan(march, { meetings: [plenary] }), xicheng).filter((v) => v.code === "attendance.leave-approved");
      expect(vs.map((v) => `${v.citation.jurisdiction} ${v.citation.article}`)).toEqual(["北京市 四十一"]);
      expect(vs[0]!.message.en).not.toContain("also under");
    });
  });
});
