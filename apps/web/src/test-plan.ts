import { Plan, parseSpec, type Spec } from "@yishi/domain";

/** A small plan for the server tests (the full sample lives in @yishi/export/test-fixtures). */
export function buildTestPlan(): Plan {
  return Plan.parse({
    schema: "yishi.plan/v1",
    organization: "zhongshan",
    profile: "default",
    period: { from: "2026-02-01", to: "2026-02-28", label: "2026-02" },
    meetings: [{ id: "exec#3", series: "exec", type: "executive", title: "区政府第3次常务会议", date: "2026-02-12", start: "09:00", end: "12:00", room: "room-401", agenda: [{ item: "A06", order: 1, start: "09:00", minutes: 15 }] }],
    roster: [{ date: "2026-02-17", post: "leader", person: "li-na" }],
    violations: [{
      rule: "zs-duty-coverage", code: "duty.daily-coverage", severity: "hard",
      citation: { jurisdiction: "钟山区", article: "第五十七条", text: "实行工作日、双休日和节假日24小时政务总值班。" },
      message: { zh: "2026-02-18 无人值班", en: "Nobody on duty on 2026-02-18" },
      subjects: { dates: ["2026-02-18"] },
    }],
  });
}

export function buildTestSpec(): Spec {
  return parseSpec(
    JSON.stringify({
      organization: { id: "zhongshan", name: "六盘水市钟山区人民政府", jurisdiction: "钟山区" },
      people: [{ id: "li-na", name: "李娜", roles: ["executive-deputy"] }],
      rooms: [{ id: "room-401", name: "区政府4楼常务会议室" }],
      units: [{ id: "office", name: "区政府办公室", head: "li-na" }],
      bodies: [{ id: "executive", name: "区人民政府常务会议", type: "executive", members: ["li-na"], convener: "li-na" }],
      series: [{ id: "exec", name: "区政府常务会议", type: "executive", body: "executive", room: "room-401" }],
      agendaItems: [{ id: "A06", title: "研究区级储备粮轮换方案", unit: "office", responsibleLeader: "li-na", filedOn: "2026-01-20", materialsOn: "2026-01-20", estimatedMinutes: 15 }],
      duty: { posts: [{ id: "leader", name: "带班领导", leadersOnly: true, pool: ["li-na"] }] },
    }),
    "test-spec.json",
  );
}
