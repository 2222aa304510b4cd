import { describe, expect, it } from "vitest";
import { getProfile } from "../get-profile.js";
import { makeMeeting, makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

// 钟山区 第四十条: 由区长或受区长委托的副区长召集和主持.
const rule = makeRule("attendance.convener", {}, { cite: ["钟山区", "第四十条", "由区长或受区长委托的副区长召集和主持"] });
const march = { from: "2026-03-01", to: "2026-03-31" };
const mayorAway = makeSpec({ absences: [{ person: "zhang", from: "2026-03-10", to: "2026-03-10" }] });

describe("attendance.convener", () => {
  it("keeps the mayor, or the designated deputy when the mayor is away", () => {
    expect(runRule(makeSpec(), makePlan(march, { meetings: [makeMeeting("2026-03-10", { convener: "zhang" })] }), rule)).toEqual([]);
    expect(runRule(mayorAway, makePlan(march, { meetings: [makeMeeting("2026-03-10", { convener: "li" })] }), rule)).toEqual([]);
    expect(runRule(mayorAway, makePlan(march, { meetings: [makeMeeting("2026-03-10")] }), rule)).toEqual([]);
  });

  it("breaks with a deputy who was not designated, or an absent convener", () => {
    const [v] = runRule(makeSpec(), makePlan(march, { meetings: [makeMeeting("2026-03-10", { convener: "wang" })] }), rule);
    expect(v!.message.en).toBe("第1次常务会议 (2026-03-10) is convened by 王强; only 张伟 or 李娜 may convene it (钟山区 第四十条)");
    expect(runRule(mayorAway, makePlan(march, { meetings: [makeMeeting("2026-03-10", { convener: "zhang" })] }), rule)).toHaveLength(1);
  });

  it("breaks when nobody who may convene is there", () => {
    const both = makeSpec({ absences: ["zhang", "li"].map((person) => ({ person, from: "2026-03-10", to: "2026-03-10" })) });
    expect(runRule(both, makePlan(march, { meetings: [makeMeeting("2026-03-10")] }), rule)).toHaveLength(1);
  });

  // 常州市 四十二: “由市長召集和主持,市長外出期間,由市長委託常務副市長召集和主持。”
  describe("常州市 四十二 市長外出期間: the executive deputy convenes only while the mayor is away", () => {
    const changzhou = makeRule("attendance.convener", { deputyOnlyWhileAway: true }, { cite: ["常州市", "四十二", "市長外出期間,由市長委託常務副市長召集和主持"] });

    it("keep: the mayor away that day, the designated deputy convenes", () => {
      expect(runRule(mayorAway, makePlan(march, { meetings: [makeMeeting("2026-03-10", { convener: "li" })] }), changzhou)).toEqual([]);
      const listedAway = makeMeeting("2026-03-10", { convener: "li", absent: [{ person: "zhang", kind: "travel" }] });
      expect(runRule(makeSpec(), makePlan(march, { meetings: [listedAway] }), changzhou)).toEqual([]);
    });

    it("break: the mayor in town, the deputy convenes", () => {
      const [v, ...rest] = runRule(makeSpec(), makePlan(march, { meetings: [makeMeeting("2026-03-10", { convener: "li" })] }), changzhou);
      expect(rest).toEqual([]);
      expect(v!.subjects.people).toEqual(["li", "zhang"]);
      expect(v!.message.zh).toBe("第1次常务会议（2026-03-10）由李娜召集，但张伟当天并未外出；受委托的副职只在张伟外出期间召集和主持 (常州市 四十二)");
      expect(v!.message.en).toBe("第1次常务会议 (2026-03-10) is convened by 李娜 although 张伟 is not away that day; the designated deputy convenes only while 张伟 is away (常州市 四十二)");
    });

    it("钟山区 第四十条 (由区长或受区长委托的副区长) sets no such condition: the same plan keeps it", () => {
      expect(runRule(makeSpec(), makePlan(march, { meetings: [makeMeeting("2026-03-10", { convener: "li" })] }), rule)).toEqual([]);
    });

    it("the shipped 常州市 profile reads it so", () => {
      expect(getProfile("常州市").rules.find((r) => r.id === "executive.convener")!.params).toEqual({ deputyOnlyWhileAway: true });
    });
  });
});
