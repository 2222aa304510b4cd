import type { Role, SpecInput } from "@yishi/domain";
import { SHIPPED_PROFILES } from "@yishi/rules";
import { createSeededRandom } from "./seeded-random.js";

/**
 * A province of governments for `pnpm bench batch`, from a seed, so every run
 * sees the same province: city, district and county governments (members,
 * department heads, duty pools of their size), every shipped profile in
 * turn (each series keeps its profile's cadence; the series a profile's hard
 * rules ask for, such as 依安县's study lecture, included), 20–200 agenda items
 * filed over the quarter, and leave and trips.
 */
export interface ProvinceGovernment {
  /** File name without extension: the government's output folder. */
  name: string;
  spec: SpecInput;
}

type Shape = "city" | "district" | "county";

const SHAPES: Record<Shape, { label: string; deputies: [number, number]; heads: [number, number]; staff: [number, number]; items: [number, number] }> = {
  city: { label: "市", deputies: [6, 8], heads: [10, 14], staff: [12, 16], items: [80, 200] },
  district: { label: "区", deputies: [4, 6], heads: [6, 10], staff: [8, 12], items: [40, 120] },
  county: { label: "县", deputies: [3, 5], heads: [5, 8], staff: [6, 10], items: [20, 80] },
};
const SHAPE_ORDER: Shape[] = ["county", "district", "county", "district", "city"];
const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢";
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍";
const DEPARTMENTS = ["发展和改革局", "财政局", "教育局", "住房和城乡建设局", "司法局", "卫生健康局", "自然资源局", "生态环境局", "交通运输局", "农业农村局", "商务局", "文化旅游局", "应急管理局", "市场监督管理局"];
const TOPICS = ["研究", "审议", "听取", "协调"];
const SUBJECTS = ["老旧小区改造", "义务教育学校布局", "乡村振兴项目资金", "营商环境优化", "防汛抗旱预案", "安全生产专项整治", "城区排水管网", "公共卫生应急", "农村公路养护", "招商引资项目", "政务服务窗口调整", "粮食储备轮换"];

export function generateProvince(count: number, seed = 2026): ProvinceGovernment[] {
  return Array.from({ length: count }, (_, i) => generateProvinceGovernment(i, seed));
}

/** Government `index` of the province: its shape and profile cycle, everything else from the seed. */
export function generateProvinceGovernment(index: number, seed = 2026): ProvinceGovernment {
  const rand = createSeededRandom(seed * 100_003 + index);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]) => list[int(0, list.length - 1)]!;
  const shape = SHAPE_ORDER[index % SHAPE_ORDER.length]!;
  const s = SHAPES[shape];
  const profile = SHIPPED_PROFILES[index % SHIPPED_PROFILES.length]!.id;
  const id = `gov-${String(index + 1).padStart(5, "0")}`;
  const nameOf = (n: number) => `${SURNAMES[(n * 7 + index) % SURNAMES.length]}${GIVEN[(n * 3 + index * 5) % GIVEN.length]}${n % 3 === 0 ? GIVEN[(n + index) % GIVEN.length] : ""}`;
  let n = 0;
  const person = (roles: Role[], extra: Record<string, string> = {}) => ({ id: `p${n}`, name: nameOf(n++), roles, ...extra });

  const mayor = person(["mayor"]);
  const executive = person(["executive-deputy", "party-group-member"]);
  const deputies = Array.from({ length: int(...s.deputies) }, () => person(["deputy"]));
  const member = person(["party-group-member"]);
  const director = person(["office-director"], { unit: "office" });
  const departments = DEPARTMENTS.slice(0, int(...s.heads));
  const heads = departments.map((_, d) => person(["department-head"], { unit: `d${d}` }));
  const staff = Array.from({ length: int(...s.staff) }, () => person(["duty-staff"], { unit: "office" }));
  const leaders = [executive, ...deputies, member];
  const people = [mayor, ...leaders, director, ...heads, ...staff];
  const units = [{ id: "office", name: `${s.label}人民政府办公室`, head: director.id }, ...departments.map((name, d) => ({ id: `d${d}`, name: `${s.label}${name}`, head: heads[d]!.id }))];

  const absences: NonNullable<SpecInput["absences"]> = [];
  const date = (day: number) => new Date(Date.UTC(2026, 0, day)).toISOString().slice(0, 10);
  for (const p of [...leaders, ...staff]) {
    for (let t = 0, trips = int(0, 2); t < trips; t++) {
      const from = int(5, 85);
      absences.push({ person: p.id, from: date(from), to: date(from + int(0, 4)), kind: pick(["travel", "leave", "training", "session"] as const), reason: "外出" });
    }
  }

  const agendaItems: NonNullable<SpecInput["agendaItems"]> = [];
  for (let k = 0, items = int(...s.items); k < items; k++) {
    const filed = int(1, 80);
    const d = int(0, departments.length - 1);
    const category = pick(["other", "other", "other", "work-report", "normative-document", "large-fund"] as const);
    agendaItems.push({
      id: `A${String(k + 1).padStart(3, "0")}`,
      title: `${pick(TOPICS)}${s.label}${pick(SUBJECTS)}事项（${k + 1}）`,
      unit: `d${d}`,
      responsibleLeader: pick(leaders).id,
      category,
      ...(category === "work-report" ? { isReport: true } : {}),
      ...(category === "large-fund" ? { amountYuan: int(1, 50) * 1_000_000, reviews: [{ kind: "topic-meeting" as const, doneOn: date(filed) }, { kind: "legal" as const, doneOn: date(filed + 1) }] } : {}),
      ...(category === "normative-document" ? { reviews: [{ kind: "legal" as const, doneOn: date(filed + 1) }] } : {}),
      meetingType: "executive",
      filedOn: date(filed),
      materialsOn: date(filed + int(1, 3)),
      estimatedMinutes: pick([10, 10, 15, 15, 20]),
    });
  }

  const spec: SpecInput = {
    version: 1,
    organization: { id, name: `第${index + 1}${s.label}人民政府`, jurisdiction: `第${index + 1}${s.label}` },
    profile: { base: profile },
    people,
    units,
    rooms: [
      { id: "r1", name: "常务会议室", capacity: 40 },
      { id: "r2", name: "大会议室", capacity: 150 },
      { id: "r3", name: "小会议室", capacity: 20 },
    ],
    bodies: [
      { id: "executive", name: `${s.label}人民政府常务会议`, type: "executive", members: [mayor.id, ...leaders.map((p) => p.id), director.id], convener: mayor.id, designatedConveners: [executive.id] },
      { id: "mayor-office", name: `${s.label}长办公会议`, type: "mayor-office", members: [mayor.id, executive.id, director.id], convener: mayor.id },
      ...(profile === "依安县" ? [{ id: "study", name: `${s.label}政府学习讲座`, type: "study" as const, members: [mayor.id, ...leaders.map((p) => p.id), ...heads.map((p) => p.id)], convener: mayor.id }] : []),
    ],
    series: [
      // 江干区's text ends before any executive cadence survives (the profile says to set one in the spec): its governments keep every two weeks.
      { id: "exec", name: `${s.label}政府常务会议`, type: "executive", body: "executive", weekdays: [4, 3, 2, 5], start: "09:00", durationMinutes: 180, room: "r1", ...(profile === "江干区" ? { cadence: { kind: "every-n-weeks" as const, weeks: 2 } } : {}) },
      // 常州市 四十三 holds it in the month's first five working days; the people's congress (6–9 January) leaves only Monday the 5th then.
      { id: "mayor-office", name: `${s.label}长办公会议`, type: "mayor-office", body: "mayor-office", weekdays: profile === "常州市" ? [1, 2, 3, 4, 5] : [2, 3, 4, 5], start: "15:00", durationMinutes: 90, room: "r3" },
      // 依安县 第七十二条: a study lecture about every three months; its governments keep one as a series.
      ...(profile === "依安县" ? [{ id: "study", name: `${s.label}政府学习讲座`, type: "study" as const, body: "study", weekdays: [5], start: "15:00", durationMinutes: 90, room: "r2" }] : []),
    ],
    absences,
    blackouts: [{ from: "2026-01-06", to: "2026-01-09", name: `${s.label}人民代表大会` }],
    duty: {
      restDays: 1,
      posts: [
        { id: "leader", name: "带班领导", leadersOnly: true, pool: leaders.map((p) => p.id) },
        { id: "staff", name: "值班人员", perDay: 1, perHeavyDay: 2, pool: staff.map((p) => p.id) },
      ],
    },
    recurringDuties: [{ id: "petition", name: "领导接待群众来访日", pool: leaders.map((p) => p.id), cadence: "weekly", weekday: 3, start: "09:00", end: "12:00", location: "信访接待大厅" }],
    agendaItems,
  };
  return { name: id, spec };
}
