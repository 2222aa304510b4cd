import { describe, expect, it } from "vitest";
import type { AgendaItem, SpecInput } from "@yishi/domain";
import { check } from "@yishi/rules";
import { allocateAgenda } from "./allocate-agenda.js";
import { agendaPlan, calendar, profileWith, rule, specWith } from "./test-agenda-fixtures.js";

/**
 * A topic meeting the planner creates takes a free room that seats everyone it
 * expects (spec.room-capacity), the smallest such: before, it took the smallest
 * free room whatever its size, and the checker found the plan it had just made
 * holding three people in a room for two.
 */
const PERIOD = { from: "2026-03-02", to: "2026-03-13", label: "2026-03-02..2026-03-13" };
const within = rule("within", "deadline.topic-meeting-within", ["topic"], { workingDays: 7 });
// 由区长召集: the mayor convenes a deputy's request, so three are expected.
const convener = rule("convener", "attendance.convener", ["topic"], { chairRoles: ["mayor"], who: { zh: "区长", en: "the mayor" } });
const topicBody: SpecInput["bodies"] = [{ id: "topic", name: "专题会议", type: "topic", members: ["zhang", "li", "wang", "chen"], convener: "zhang" }];
const rooms: SpecInput["rooms"] = [
  { id: "r1", name: "常务会议室", capacity: 40 },
  { id: "r2", name: "小会议室", capacity: 3 },
  { id: "r3", name: "谈话室", capacity: 2 },
];

async function plan(items: Partial<AgendaItem>[], profile = profileWith(within)) {
  const bodies = specWith([]).bodies;
  const spec = specWith(items.map((i) => ({ meetingType: "topic" as const, filedOn: "2026-03-02", estimatedMinutes: 40, ...i })), { rooms, bodies: [...bodies, ...topicBody!] });
  const result = await allocateAgenda({ spec, profile, calendar, period: PERIOD, meetings: [] });
  const hard = check(spec, agendaPlan(spec, profile, result, PERIOD), profile, { calendar }).filter((v) => v.severity === "hard").map((v) => `${v.code}: ${v.message.en}`);
  return { topics: result.meetings.filter((m) => m.type === "topic"), hard };
}

describe("a created topic meeting's room seats everyone it expects", () => {
  it("two people take the smallest room; three (the mayor convening a deputy's request with the unit head) the room for three", async () => {
    const two = await plan([{ responsibleLeader: "wang", unit: "u1" }]);
    expect(two.topics.map((m) => [m.room, [...m.expected].sort()])).toEqual([["r3", ["h1", "wang"]]]);
    const three = await plan([{ responsibleLeader: "wang", unit: "u1" }], profileWith(within, convener));
    expect(three.topics.map((m) => [m.room, [...m.expected].sort()])).toEqual([["r2", ["h1", "wang", "zhang"]]]);
    expect(three.hard).toEqual([]);
  });

  it("a second request of the same leader from another unit joins only where the room still seats everyone", async () => {
    const { topics, hard } = await plan([{ responsibleLeader: "wang", unit: "u1" }, { responsibleLeader: "wang", unit: "u2" }]);
    // One meeting for both, moved to the room for three when the second unit head joins.
    expect(topics.map((m) => [m.room, [...m.expected].sort(), m.agenda.length])).toEqual([["r2", ["h1", "h2", "wang"], 2]]);
    expect(hard).toEqual([]);
  });
});
