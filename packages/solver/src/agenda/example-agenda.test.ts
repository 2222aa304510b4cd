import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { loadSpec } from "@yishi/domain";
import { loadSpecCalendar, parsePeriod } from "@yishi/calendar";
import { check, resolveProfile } from "@yishi/rules";
import { planMeetings } from "../meetings/plan-meetings.js";
import { allocateAgenda } from "./allocate-agenda.js";
import { agendaPlan } from "./test-agenda-fixtures.js";

const EXAMPLE = fileURLToPath(new URL("../../../../examples/zhongshan-2026q1.yaml", import.meta.url));
const AGENDA_CODES = /^(agenda\.|duration\.|deadline\.(item-filing|materials|topic-meeting-within))/;

describe("allocateAgenda on the bundled example (钟山区, 2026Q1)", () => {
  it("places every listable item, creates the topic meetings, and the checker finds no hard agenda violation", async () => {
    const loaded = loadSpec(EXAMPLE);
    const { spec } = loaded;
    const profile = resolveProfile(spec.profile);
    const calendar = loadSpecCalendar(loaded);
    const period = parsePeriod("2026Q1");
    const { meetings } = await planMeetings({ spec, profile, calendar, period });
    const result = await allocateAgenda({ spec, profile, calendar, period, meetings });

    const placed = result.meetings.flatMap((m) => m.agenda.map((e) => e.item)).sort();
    expect(placed).toHaveLength(new Set(placed).size);
    // A13 is within a department's authority (钟山区 第四十六条); A14, a normative
    // document, has no legal review (钟山区 第十八条).
    expect(result.unplaced.map((u) => [u.item, u.reason])).toEqual([
      ["A13", "not-listable"],
      ["A14", "review-missing"],
    ]);
    expect(result.unplaced[0]!.message.zh).toContain("钟山区 第四十六条");
    expect(result.unplaced[1]!.message.zh).toContain("钟山区 第十八条");
    expect(placed).toHaveLength(spec.agendaItems.length - 2);
    const topics = result.meetings.filter((m) => m.type === "topic");
    expect(topics.map((m) => m.agenda.map((e) => e.item))).toEqual([["T01"], ["T02"]]);
    for (const t of topics) expect(t.convener).toBe(spec.agendaItems.find((i) => i.id === t.agenda[0]!.item)!.responsibleLeader);
    expect(result.notices).toHaveLength(placed.length);
    expect(result.solve[0]).toMatchObject({ problem: "agenda", optimal: true });

    const plan = agendaPlan(spec, profile, result, period);
    const hard = check(spec, plan, profile, { calendar }).filter((v) => v.severity === "hard" && (AGENDA_CODES.test(v.code) || v.subjects.items.length > 0));
    expect(hard).toEqual([]);
  });
});
