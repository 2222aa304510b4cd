import { describe, expect, it } from "vitest";
import type { AgendaItem, SpecInput } from "@yishi/domain";
import { check } from "@yishi/rules";
import { allocateAgenda } from "./allocate-agenda.js";
import { agendaPlan, calendar, profileWith, rule, specWith } from "./test-agenda-fixtures.js";

/**
 * A topic meeting the planner creates for a request is convened by someone the
 * profile's convener rules allow, as the checker reads them (attendance.convener:
 * the body's convener, or a designated stand-in of a role `delegateRoles` names,
 * with `deputyOnlyWhileAway` only while the convener is away) — not simply by the
 * item's responsible leader.
 */
const PERIOD = { from: "2026-03-02", to: "2026-03-13", label: "2026-03-02..2026-03-13" };
const within = rule("within", "deadline.topic-meeting-within", ["topic"], { workingDays: 7 });
// 由区长或区长委托的常务副区长召集和主持: the executive deputy stands in, a deputy does not.
const convener = (params: Record<string, unknown> = {}) =>
  rule("convener", "attendance.convener", ["topic"], { chairRoles: ["mayor"], delegateRoles: ["executive-deputy"], who: { zh: "区长或区长委托的常务副区长", en: "the mayor or the executive deputy" }, ...params });
const topicBody: SpecInput["bodies"] = [{ id: "topic", name: "专题会议", type: "topic", members: ["zhang", "li", "wang", "chen"], convener: "zhang", designatedConveners: ["li", "wang"] }];

async function plan(profile: ReturnType<typeof profileWith>, absences: SpecInput["absences"] = [], item: Partial<AgendaItem> = {}) {
  const base = specWith([]);
  const spec = specWith([{ meetingType: "topic", responsibleLeader: "wang", filedOn: "2026-03-02", estimatedMinutes: 40, ...item }], { bodies: [...base.bodies, ...topicBody!], absences });
  const result = await allocateAgenda({ spec, profile, calendar, period: PERIOD, meetings: [] });
  const judge = (r: typeof result) => check(spec, agendaPlan(spec, profile, r, PERIOD), profile, { calendar }).filter((v) => v.severity === "hard").map((v) => `${v.code}: ${v.message.en}`);
  const topic = result.meetings.find((m) => m.type === "topic");
  /** The checker's verdict had the responsible leader convened it, as the planner used to. */
  const byLeader = () => judge({ ...result, meetings: result.meetings.map((m) => (m === topic ? { ...m, convener: "wang" } : m)) });
  return { topic, hard: judge(result), byLeader };
}

describe("topic meetings the planner creates follow the convener rules", () => {
  it("keep: a deputy's request is convened by the mayor, the deputy attending, and the checker agrees", async () => {
    const { topic, hard, byLeader } = await plan(profileWith(within, convener()));
    expect(topic).toMatchObject({ date: "2026-03-03", convener: "zhang" });
    expect(topic!.expected).toContain("wang");
    expect(hard).toEqual([]);
    expect(byLeader()).toEqual([
      "attendance.convener: 专题会议 (2026-03-03) is convened by 王副区长 in the chair's place, which the article does not allow (the mayor or the executive deputy); only 张区长 or 李常务 may convene it (测试区 convener)",
    ]);
  });

  it("keep: with the mayor away, the executive deputy convenes (区长委托常务副区长)", async () => {
    const { topic, hard } = await plan(profileWith(within, convener()), [{ person: "zhang", from: "2026-03-02", to: "2026-03-13", kind: "travel" }]);
    expect(topic).toMatchObject({ date: "2026-03-03", convener: "li" });
    expect(hard).toEqual([]);
  });

  it("keep: with deputyOnlyWhileAway, the executive deputy convenes only on a day the mayor is away", async () => {
    const away = [{ person: "zhang", from: "2026-03-03", to: "2026-03-03", kind: "travel" as const }];
    const { topic, hard } = await plan(profileWith(within, convener({ deputyOnlyWhileAway: true })), away, { responsibleLeader: "li" });
    expect(topic).toMatchObject({ date: "2026-03-03", convener: "li" });
    expect(hard).toEqual([]);
    const present = await plan(profileWith(within, convener({ deputyOnlyWhileAway: true })), [], { responsibleLeader: "li" });
    expect(present.topic).toMatchObject({ date: "2026-03-03", convener: "zhang" });
    expect(present.hard).toEqual([]);
  });

  it("keep: a leader the rules allow convenes their own request, as before", async () => {
    const { topic, hard } = await plan(profileWith(within, convener()), [], { responsibleLeader: "li" });
    expect(topic).toMatchObject({ convener: "li" });
    expect(hard).toEqual([]);
  });

  it("keep: without a convener rule for topic meetings, the responsible leader convenes", async () => {
    const { topic, hard } = await plan(profileWith(within));
    expect(topic).toMatchObject({ convener: "wang" });
    expect(hard).toEqual([]);
  });
});
