import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createCalendar, eachDay, weekdayOf } from "@yishi/calendar";
import { Plan, parseSpec, type AgendaEntry, type PlanInput, type Spec, type Violation } from "@yishi/domain";

/**
 * A hand-made, realistic 2026Q1 plan for 钟山区 written against the Plan
 * schema (the planners are built in parallel). People, rooms and items come
 * from examples/zhongshan-2026q1.yaml; the spec below adds twelve late filings
 * so that the last executive meeting really carries 16 items (钟山区 第四十五条).
 */
const EXAMPLE = fileURLToPath(new URL("../../../../examples/zhongshan-2026q1.yaml", import.meta.url));

const EXTRA_ITEMS = [
  ["A15", "研究2026年春季植树造林工作方案", "zjj", "wang-qiang"],
  ["A16", "研究区属国有企业负责人薪酬方案", "czj", "li-na"],
  ["A17", "研究城区停车设施建设补助资金", "zjj", "wang-qiang"],
  ["A18", "听取第一季度经济运行情况汇报", "fgj", "li-na"],
  ["A19", "研究义务教育阶段课后服务收费标准", "jyj", "chen-jing"],
  ["A20", "研究社区卫生服务中心标准化建设", "wjj", "yang-fan"],
  ["A21", "研究行政复议案件办理工作规范", "sfj", "liu-yang"],
  ["A22", "研究农贸市场升级改造实施方案", "fgj", "wang-qiang"],
  ["A23", "研究区级政府债务风险化解方案", "czj", "li-na"],
  ["A24", "研究学前教育普惠性资源扩充计划", "jyj", "chen-jing"],
  ["A25", "研究城市燃气管道老化更新改造", "zjj", "wang-qiang"],
  ["A26", "研究基层卫生院医疗设备配置", "wjj", "yang-fan"],
] as const;

export function loadSampleSpec(): Spec {
  const spec = parseSpec(readFileSync(EXAMPLE, "utf8"), EXAMPLE);
  for (const [id, title, unit, leader] of EXTRA_ITEMS) {
    spec.agendaItems.push({
      id, title, unit, responsibleLeader: leader, category: "other", meetingType: "executive",
      filedOn: "2026-03-09", materialsOn: "2026-03-12", reviews: [], estimatedMinutes: 10,
      urgency: "normal", procedureComplete: true, isReport: false,
    });
  }
  return spec;
}

const EXEC_MEMBERS = ["zhang-wei", "li-na", "wang-qiang", "liu-yang", "chen-jing", "yang-fan", "zhao-lei", "huang-min"];
const LEADERS = ["li-na", "wang-qiang", "liu-yang", "chen-jing", "yang-fan", "zhao-lei", "huang-min"];
const STAFF = ["hu-yan", "guo-peng", "he-xin", "lin-hao", "luo-qian", "song-bo", "zheng-yu", "xie-ting", "han-dong", "tang-yi"];
const PETITION = ["li-na", "wang-qiang", "liu-yang", "chen-jing", "yang-fan", "zhao-lei"];

function agenda(items: string[], start = "09:00", minutes = 10): AgendaEntry[] {
  let clock = Number(start.slice(0, 2)) * 60 + Number(start.slice(3));
  return items.map((item, i) => {
    const at = `${String(Math.floor(clock / 60)).padStart(2, "0")}:${String(clock % 60).padStart(2, "0")}`;
    clock += minutes;
    return { item, order: i + 1, start: at, minutes };
  });
}

function exec(n: number, date: string, items: string[], extra: Record<string, unknown> = {}) {
  return {
    id: `exec#${n}`, series: "exec", type: "executive" as const, title: `区政府第${n}次常务会议`, date,
    start: "09:00", end: "12:00", room: "room-401", convener: "zhang-wei", expected: EXEC_MEMBERS,
    quorum: { members: 8, present: 8, required: 5, holds: true }, agenda: agenda(items), ...extra,
  };
}

const citation = (article: string, text: string) => ({ jurisdiction: "钟山区", article, text, source: "002_feb3f195a2f9255d.txt" });

const VIOLATIONS: Violation[] = [
  {
    rule: "zs-exec-max-items", code: "agenda.max-items", severity: "hard",
    citation: citation("第四十五条", "区人民政府常务会议议题原则上每次不超过15个;议题收集满15个后,确需增加议题的,由议题申报单位主要负责同志向区人民政府办公室说明情况,并报区长同意后方可上会。"),
    message: { zh: "区政府第6次常务会议安排议题16个，超过15个，且未报区长同意", en: "The 6th executive meeting lists 16 items, more than 15, without the mayor's approval" },
    explanation: { zh: "将一个非紧急议题移至下次常务会议，或报区长同意后增加。", en: "Move one non-urgent item to the next executive meeting, or obtain the mayor's approval." },
    subjects: { meetings: ["exec#6"], dates: ["2026-03-26"], people: [], items: [], duties: [] },
  },
  {
    rule: "zs-duty-coverage", code: "duty.daily-coverage", severity: "hard",
    citation: citation("第五十七条", "实行工作日、双休日和节假日24小时政务总值班。"),
    message: { zh: "2026-02-17（春节）值班人员只有1人，节假日应为2人", en: "Only 1 duty officer on 2026-02-17 (Spring Festival); holidays need 2" },
    subjects: { meetings: [], dates: ["2026-02-17"], people: [], items: [], duties: ["staff"] },
  },
  {
    rule: "zs-topic-within", code: "deadline.topic-meeting-within", severity: "soft",
    citation: citation("第四十二条", "原则上,区人民政府专题会议研究事项应在接到相关请示或报告后的7个工作日内研究。"),
    message: { zh: "议题T01于2026-01-13报送，7个工作日内（至2026-01-22）未安排专题会议研究", en: "Item T01 filed on 2026-01-13 was not studied at a topic meeting within 7 working days (by 2026-01-22)" },
    subjects: { meetings: [], dates: ["2026-01-22"], people: ["wang-qiang"], items: ["T01"], duties: [] },
  },
];

/** Builds the plan; every list is sorted, as a planner's output is. */
export function buildSamplePlan(): Plan {
  const calendar = createCalendar();
  const roster: NonNullable<PlanInput["roster"]> = [];
  let staffTurn = 0;
  eachDay("2026-01-01", "2026-03-31").forEach((date, i) => {
    roster.push({ date, post: "leader", person: LEADERS[i % LEADERS.length]!, shift: "full" });
    const heavy = !calendar.isWorkingDay(date);
    // 2026-02-17 is short-staffed on purpose: the coverage violation above.
    const need = date === "2026-02-17" ? 1 : heavy ? 2 : 1;
    for (let k = 0; k < need; k++) roster.push({ date, post: "staff", person: STAFF[staffTurn++ % STAFF.length]!, shift: "full" });
  });
  const recurringDuties = eachDay("2026-01-01", "2026-03-31")
    .filter((d) => weekdayOf(d) === 3 && calendar.isWorkingDay(d))
    .map((date, i) => ({ duty: "petition", date, start: "09:00", end: "12:00", person: PETITION[i % PETITION.length]! }));

  const input: PlanInput = {
    schema: "yishi.plan/v1",
    organization: "zhongshan",
    profile: "default",
    period: { from: "2026-01-01", to: "2026-03-31", label: "2026Q1" },
    meetings: [
      { id: "mayor-office#1", series: "mayor-office", type: "mayor-office", title: "区长办公会议（1月）", date: "2026-01-13", start: "15:00", end: "16:30", room: "room-305", convener: "zhang-wei", expected: ["zhang-wei", "li-na", "huang-min"], quorum: { members: 3, present: 3, required: 2, holds: true } },
      exec(1, "2026-01-15", ["A01", "A02", "A05"]),
      exec(2, "2026-01-29", ["A03", "A04", "A08"], {
        absent: [{ person: "wang-qiang", kind: "travel", reason: "赴浙江招商" }, { person: "liu-yang", kind: "travel", reason: "赴浙江招商" }],
        quorum: { members: 8, present: 6, required: 5, holds: true },
      }),
      { id: "mayor-office#2", series: "mayor-office", type: "mayor-office", title: "区长办公会议（2月）", date: "2026-02-03", start: "15:00", end: "16:30", room: "room-305", convener: "zhang-wei", expected: ["zhang-wei", "li-na", "huang-min"], quorum: { members: 3, present: 3, required: 2, holds: true } },
      exec(3, "2026-02-12", ["A06", "A07"], {
        sequence: 1, absent: [{ person: "yang-fan", kind: "leave", reason: "年休假", substitute: "zhao-lei" }],
        quorum: { members: 8, present: 7, required: 5, holds: true },
      }),
      exec(4, "2026-02-26", ["A09"]),
      { id: "mayor-office#3", series: "mayor-office", type: "mayor-office", title: "区长办公会议（3月）", date: "2026-03-03", start: "15:00", end: "16:30", room: "room-305", convener: "zhang-wei", expected: ["zhang-wei", "li-na", "huang-min"], quorum: { members: 3, present: 3, required: 2, holds: true } },
      exec(5, "2026-03-12", [], { status: "cancelled", sequence: 2, note: "全国两会期间集中学习，本次取消" }),
      { id: "plenary#1", series: "plenary", type: "plenary", title: "区政府第一次全体会议", date: "2026-03-18", start: "14:30", end: "16:30", room: "room-201", convener: "zhang-wei", expected: [...EXEC_MEMBERS, "zhou-jun", "wu-hua", "xu-li", "sun-tao", "ma-lin", "zhu-gang"], quorum: { members: 14, present: 14, required: 8, holds: true } },
      exec(6, "2026-03-26", ["A10", "A11", "A12", "A14", "A15", "A16", "A17", "A18", "A19", "A20", "A21", "A22", "A23", "A24", "A25", "A26"]),
    ],
    roster,
    recurringDuties,
    unplacedItems: [
      { item: "A13", reason: "not-listable", message: { zh: "属部门职权范围内事项，不列入常务会议（钟山区 第四十六条）", en: "Within the department's own powers; not listed for the executive meeting (钟山区 第四十六条)" } },
      { item: "T01", reason: "wrong-meeting", message: { zh: "本季度未安排专题会议", en: "No topic meeting in the period" } },
      { item: "T02", reason: "wrong-meeting", message: { zh: "本季度未安排专题会议", en: "No topic meeting in the period" } },
    ],
    violations: VIOLATIONS,
  };
  return Plan.parse(input);
}
