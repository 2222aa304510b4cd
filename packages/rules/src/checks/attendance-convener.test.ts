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
      expect(getProfile("常州市").rules.find((r) => r.id === "executive.convener")!.params).toMatchObject({ deputyOnlyWhileAway: true });
    });
  });
});

// Who convenes, in each article's words. The spec's body names the convener and who may stand in;
// the article names the roles: 北京市 三十四 “由市长召集和主持”, 西城区 二十八 “由区长或者区长委托常务副区长主持”,
// 钟山区 第四十条 “由区长或受区长委托的副区长召集和主持”, 第三十九条 “由区长召集和主持”, 房山区 第四十条 “由区长主持”,
// 依安县 第四十七条 “由县长或由县长委托分管常务工作的副县长召集和主持”, 常州市 四十三 “由市長或市長委託副市長召集並主持”.
describe("conveners by the roles the articles name", () => {
  const shipped = (profile: string, id: string) => getProfile(profile).rules.find((r) => r.id === id)!;
  const both = (type: "executive" | "plenary" | "mayor-office" | "coordination", convener = "zhang") =>
    makeSpec({
      bodies: [{ id: "b", name: "政府会议", type, members: ["zhang", "li", "wang", "liu"], convener, designatedConveners: ["li", "wang"] }],
      series: [{ id: "s", name: "政府会议", type, body: "b" }],
    });
  const held = (type: "executive" | "plenary" | "mayor-office" | "coordination", convener: string) =>
    makePlan(march, { meetings: [makeMeeting("2026-03-10", { id: "s#1", series: "s", type, title: "第1次会议", convener })] });
  const judge = (profile: string, id: string, type: "executive" | "plenary" | "mayor-office" | "coordination", convener: string, bodyConvener = "zhang") =>
    runRule(both(type, bodyConvener), held(type, convener), shipped(profile, id));

  it("北京市 三十四 keep: the mayor; break: the executive deputy the body designates (the article names no stand-in)", () => {
    expect(judge("北京市", "executive.convener", "executive", "zhang")).toEqual([]);
    const [v, ...rest] = judge("北京市", "executive.convener", "executive", "li");
    expect(rest).toEqual([]);
    expect(v!.message.zh).toBe("第1次会议（2026-03-10）由李娜代为召集，但条文不许其代为主持（市长），应由张伟召集和主持 (北京市 三十四)");
    expect(v!.message.en).toBe("第1次会议 (2026-03-10) is convened by 李娜 in the chair's place, which the article does not allow (the mayor); only 张伟 may convene it (北京市 三十四)");
  });

  it("北京市 三十三, 三十五 and 房山区 第四十条 likewise: the plenary or mayor's office meeting chaired by a deputy breaks", () => {
    expect(judge("北京市", "plenary.convener", "plenary", "li")).toHaveLength(1);
    expect(judge("北京市", "mayor-office.convener", "mayor-office", "li")).toHaveLength(1);
    expect(judge("房山区", "plenary.convener", "plenary", "li")).toHaveLength(1);
    expect(judge("房山区", "plenary.convener", "plenary", "zhang")).toEqual([]);
  });

  it("西城区 二十八 keep: the executive deputy; break: a deputy the body designates but the article does not (委托常务副区长)", () => {
    expect(judge("西城区", "executive.convener", "executive", "li")).toEqual([]);
    const [v] = judge("西城区", "executive.convener", "executive", "wang");
    expect(v!.message.en).toContain("is convened by 王强 in the chair's place, which the article does not allow (the mayor or the executive deputy the mayor designates); only 张伟 or 李娜 may convene it (西城区 二十八)");
    expect(judge("西城区", "plenary.convener", "plenary", "wang")).toHaveLength(1);
    expect(judge("西城区", "mayor-office.convener", "mayor-office", "wang")).toHaveLength(1);
  });

  it("钟山区 第四十条 and 第四十一条 keep any deputy the mayor designates; 第三十九条 keeps the plenary to the mayor", () => {
    expect(judge("钟山区", "executive.convener", "executive", "wang")).toEqual([]);
    expect(judge("钟山区", "mayor-office.convener", "mayor-office", "wang")).toEqual([]);
    expect(judge("钟山区", "plenary.convener", "plenary", "li")).toHaveLength(1);
  });

  it("依安县 第四十七条: the executive deputy keeps, another deputy breaks; 常州市 四十三: any deputy the mayor designates keeps", () => {
    expect(judge("依安县", "mayor-office.convener", "mayor-office", "li")).toEqual([]);
    expect(judge("依安县", "mayor-office.convener", "mayor-office", "wang")).toHaveLength(1);
    expect(judge("常州市", "mayor-office.convener", "mayor-office", "wang")).toEqual([]);
  });

  it("break once per body: a body whose own convener is not who the article names (北京市 三十四, a deputy mayor's executive meeting)", () => {
    const spec = both("executive", "wang");
    const plan = makePlan(march, { meetings: [makeMeeting("2026-03-10", { id: "s#1", series: "s", title: "第1次会议" }), makeMeeting("2026-03-24", { id: "s#2", series: "s", title: "第2次会议", n: 2 })] });
    const found = runRule(spec, plan, shipped("北京市", "executive.convener"));
    expect(found).toHaveLength(1);
    expect(found[0]!.subjects.meetings).toEqual(["s#1", "s#2"]);
    expect(found[0]!.message.zh).toBe("政府会议的召集人为王强（副职），条文规定由市长召集和主持（2次会议） (北京市 三十四)");
    expect(runRule(both("executive"), plan, shipped("北京市", "executive.convener"))).toEqual([]);
  });

  it("依安县 第四十八条: coordination meetings chaired by a deputy or the office director keep; by the county mayor break", () => {
    expect(runRule(both("coordination", "wang"), held("coordination", "wang"), shipped("依安县", "coordination.convener"))).toEqual([]);
    expect(runRule(both("coordination", "zhang"), held("coordination", "zhang"), shipped("依安县", "coordination.convener"))).toHaveLength(1);
  });
});
