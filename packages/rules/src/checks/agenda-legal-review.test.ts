import { describe, expect, it } from "vitest";
import type { ItemCategory, MeetingType, Review } from "@yishi/domain";
import { check } from "../check.js";
import { getProfile } from "../get-profile.js";
import { agendaOf, makeMeeting, makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

// The lead before the meeting, on a test rule of its own (no article asks 7 days before the meeting; 西城区 附件1 三.1's
// week runs before the materials, see agenda-legal-review-sending.test.ts).
const rule = makeRule("agenda.legal-review", { categories: ["normative-document"], lead: 7 }, { cite: ["测试区", "第一条", "规范性文件须于会前7天完成合法性审查"] });
const march = { from: "2026-03-01", to: "2026-03-31" };
const doc = (reviews: Review[]) =>
  makeSpec({ agendaItems: [{ id: "A14", title: "公共卫生应急预案", unit: "fgj", responsibleLeader: "chen", category: "normative-document", filedOn: "2026-03-01", reviews }] });
const plan = makePlan(march, { meetings: [makeMeeting("2026-03-19", { agenda: agendaOf(["A14"]) })] });

describe("agenda.legal-review", () => {
  it("keeps a review done 7 days before and breaks at 6", () => {
    expect(runRule(doc([{ kind: "legal", doneOn: "2026-03-12" }]), plan, rule)).toEqual([]);
    const [v] = runRule(doc([{ kind: "legal", doneOn: "2026-03-13" }]), plan, rule);
    expect(v!.message.en).toBe(
      "A14「公共卫生应急预案」 finished legal review on 2026-03-13; for 第1次常务会议 (2026-03-19) it is due 7 days before the meeting (by 2026-03-12) (测试区 第一条)",
    );
  });

  it("breaks with no legal review at all; other categories need none", () => {
    expect(runRule(doc([]), plan, rule)[0]!.message.zh).toBe("A14「公共卫生应急预案」未经合法性审查，不能提交第1次常务会议（2026-03-19） (测试区 第一条)");
    expect(runRule(doc([]), plan, makeRule("agenda.legal-review", { categories: ["major-reform"] }))).toEqual([]);
  });

  it("counts working days when asked: 2 working days before Monday 2026-03-23 is Thursday 2026-03-19", () => {
    const wd = makeRule("agenda.legal-review", { categories: ["normative-document"], lead: 2, unit: "working-days" });
    const monday = makePlan(march, { meetings: [makeMeeting("2026-03-23", { agenda: agendaOf(["A14"]) })] });
    expect(runRule(doc([{ kind: "legal", doneOn: "2026-03-19" }]), monday, wd)).toEqual([]);
    expect(runRule(doc([{ kind: "legal", doneOn: "2026-03-20" }]), monday, wd)).toHaveLength(1);
  });
});

// Legal review before the government takes an item up, in each article's words.
describe("legal review before discussion, as each profile's article says it", () => {
  const shipped = (profile: string, id: string) => getProfile(profile).rules.find((r) => r.id === id)!;
  const item = (category: ItemCategory, reviews: Review[], filedOn = "2026-03-02", meetingType: MeetingType = "executive") =>
    makeSpec({ agendaItems: [{ id: "A20", title: "议题", unit: "fgj", responsibleLeader: "li", category, filedOn, meetingType, reviews }] });
  const at = (type: "executive" | "plenary" | "mayor-office" = "executive") =>
    makePlan(march, { meetings: [makeMeeting("2026-03-19", { id: `${type}#1`, series: undefined, type, title: "第1次会议", agenda: agendaOf(["A20"]) })] });
  const legal = (doneOn: string): Review[] => [{ kind: "legal", doneOn }];

  // 北京市 二十三: “…规范性文件,报送市政府前应当经过法律论证和法制部门合法性审查。”
  it("北京市 二十三 keep: reviewed by the day it was filed; break: reviewed after filing, though before the meeting", () => {
    const rule = shipped("北京市", "agenda.legal-review-before-filing");
    expect(runRule(item("normative-document", legal("2026-03-02")), at(), rule)).toEqual([]);
    const [v, ...rest] = runRule(item("normative-document", legal("2026-03-05")), at(), rule);
    expect(rest).toEqual([]);
    expect(v!.message.zh).toBe("A20「议题」于2026-03-02报送，合法性审查却于2026-03-05才完成；应在报送前完成 (北京市 二十三)");
    expect(v!.message.en).toBe("A20「议题」 was filed on 2026-03-02 but finished legal review only on 2026-03-05; the review comes before the item is filed (北京市 二十三)");
  });

  // 西城区 十八 “报送区政府审定前应当经过区法制办合法性审查” replaces the city's 二十三; 附件1 三.1 asks a review too.
  it("西城区: 十八 replaces 北京市 二十三, and an item with no review at all is one violation naming the other article", () => {
    const xicheng = getProfile("西城区");
    expect(xicheng.rules.filter((r) => r.id === "agenda.legal-review-before-filing").map((r) => `${r.citation.jurisdiction} ${r.citation.article}`)).toEqual(["西城区 十八"]);
    const found = check(makeSpec({ duty: {}, agendaItems: [{ id: "A20", title: "议题", unit: "fgj", responsibleLeader: "li", category: "normative-document", filedOn: "2026-03-02" }] }), at(), xicheng).filter((v) => v.code === "agenda.legal-review");
    expect(found.map((v) => v.message.en)).toEqual(["A20「议题」 has no legal review; it cannot go to 第1次会议 (2026-03-19); also under 西城区 附件1 三.1 (西城区 十八)"]);
  });

  // 房山区 第十六条 “…合作协议…报送区政府前应当经过区政府法制办合法性审查”; 第二十一条 “未按要求完成上述工作之前,不得报请区政府会议讨论作出决策”.
  it("房山区 第十六条 and 第二十一条: an agreement or a major decision reviewed after it was filed breaks; one reviewed before keeps", () => {
    expect(runRule(item("investment-agreement", legal("2026-03-04")), at(), shipped("房山区", "agenda.legal-review-before-filing"))).toHaveLength(1);
    expect(runRule(item("investment-agreement", legal("2026-03-01")), at(), shipped("房山区", "agenda.legal-review-before-filing"))).toEqual([]);
    expect(runRule(item("large-fund", legal("2026-03-04")), at(), shipped("房山区", "agenda.legal-review-decisions"))).toHaveLength(1);
    expect(runRule(item("large-fund", legal("2026-03-02")), at(), shipped("房山区", "agenda.legal-review-decisions"))).toEqual([]);
  });

  // 江干区 第二十一条 “提请区政府讨论的政府规范性文件由区法制办审查”, 常州市 二十三 “提請市政府討論的…規範性檔案由市政府法制部門進行合法性審查”,
  // 依安县 第二十三条 “规范性文件由县政府法制部门组织起草或进行审查”: reviewed before the meeting.
  it.each([
    ["江干区", "第二十一条"],
    ["常州市", "二十三"],
    ["依安县", "第二十三条"],
  ])("%s %s keep: reviewed the day before the meeting; break: reviewed on the meeting day, or not at all", (profile, article) => {
    const rule = shipped(profile, "agenda.legal-review");
    expect(rule.citation.article).toBe(article);
    expect(runRule(item("normative-document", legal("2026-03-18")), at(), rule)).toEqual([]);
    expect(runRule(item("normative-document", legal("2026-03-19")), at(), rule)).toHaveLength(1);
    expect(runRule(item("normative-document", []), at(), rule)).toHaveLength(1);
  });
});

// 依安县 第十七条 “…重大建设项目、重大资金使用等关系全局的重大决策,以及县政府规范性文件、议案等,由县政府全体会议或常务会议决定。”
// 常州市 十八 “…重大改革方案…重大投資項目…以及市政府規章、規範性檔案,應由市政府常務會議討論決定”.
describe("routing to the meetings the article names", () => {
  const routed = (profile: string, id: string, category: ItemCategory, type: "executive" | "plenary" | "mayor-office") =>
    runRule(
      makeSpec({ agendaItems: [{ id: "A20", title: "议题", unit: "fgj", responsibleLeader: "li", category, filedOn: "2026-03-02", meetingType: type }] }),
      makePlan(march, { meetings: [makeMeeting("2026-03-19", { id: `${type}#1`, series: undefined, type, title: "第1次会议", agenda: agendaOf(["A20"]) })] }),
      getProfile(profile).rules.find((r) => r.id === id)!,
    );

  it("依安县 第十七条 keep: a large fund at the plenary or executive meeting; break: at the county mayor's office meeting", () => {
    expect(routed("依安县", "agenda.plenary-or-executive", "large-fund", "plenary")).toEqual([]);
    expect(routed("依安县", "agenda.plenary-or-executive", "large-fund", "executive")).toEqual([]);
    const [v] = routed("依安县", "agenda.plenary-or-executive", "large-fund", "mayor-office");
    expect(v!.message.zh).toBe("A20「议题」须由全体会议或常务会议研究，不能放在第1次会议（2026-03-19） (依安县 第十七条)");
  });

  it("常州市 十八 keep: a normative document at the executive meeting; break: at the plenary", () => {
    expect(routed("常州市", "agenda.executive-only", "normative-document", "executive")).toEqual([]);
    expect(routed("常州市", "agenda.executive-only", "normative-document", "plenary")).toHaveLength(1);
  });
});
