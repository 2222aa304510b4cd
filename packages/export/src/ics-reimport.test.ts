import { describe, expect, it } from "vitest";
import type { Plan } from "@yishi/domain";
import { exportIcs } from "./ics.js";
import { CalendarStore, type StoredEvent } from "./test-fixtures/calendar-store.js";
import { buildSampleQ2Plan } from "./test-fixtures/quarter-plans.js";
import { buildSamplePlan, loadSampleSpec } from "./test-fixtures/sample-plan.js";

const spec = loadSampleSpec();

/**
 * Q1 re-planned as `yishi replan` leaves it: exec#2 cancelled (its agenda
 * still in the data, its items moved to exec#4), exec#4 moved a day with its
 * sequence raised, and the 2026-02-11 petition reception handed from 赵磊 to
 * 李娜 (sequence 1). Ids are kept, as the planner keeps them.
 */
function replanQ1(): Plan {
  const plan = buildSamplePlan();
  const exec2 = plan.meetings.find((m) => m.id === "exec#2")!;
  const exec4 = plan.meetings.find((m) => m.id === "exec#4")!;
  exec4.agenda = [...exec4.agenda, ...exec2.agenda.map((e, i) => ({ ...e, order: exec4.agenda.length + i + 1 }))];
  exec4.date = "2026-02-27";
  exec4.sequence += 1;
  exec2.status = "cancelled";
  exec2.sequence += 1;
  const turn = plan.recurringDuties.find((r) => r.date === "2026-02-11")!;
  expect(turn.person).toBe("zhao-lei");
  turn.person = "li-na";
  turn.sequence = 1;
  return plan;
}

const byUid = (events: StoredEvent[]) => new Map(events.map((e) => [e.uid, e]));

describe("importing Q1, Q2 and a re-planned Q1 into one calendar (issue 12)", () => {
  const store = new CalendarStore();
  const q1 = byUid(store.importIcs(exportIcs(buildSamplePlan(), spec)));
  const afterQ1 = new Map(store.events);
  const q2 = byUid(store.importIcs(exportIcs(buildSampleQ2Plan(), spec)));
  const afterQ2 = new Map(store.events);
  const replanned = byUid(store.importIcs(exportIcs(replanQ1(), spec)));

  it("keeps every Q1 event when Q2 is imported: the quarters share no UID", () => {
    expect(q1.size).toBeGreaterThan(10);
    expect(q2.size).toBe(q1.size);
    expect([...q2.keys()].filter((uid) => q1.has(uid))).toEqual([]);
    for (const [uid, event] of q1) expect(afterQ2.get(uid)?.text).toBe(event.text);
    expect(afterQ2.size).toBe(q1.size + q2.size);
    expect(afterQ2.get([...q2.keys()][0]!)?.start.startsWith("2026-04")).toBe(true);
  });

  it("replaces the re-planned Q1 events in place and leaves Q2 alone", () => {
    expect([...replanned.keys()].sort()).toEqual([...q1.keys()].sort());
    // Every event of the new file took its UID's place (SEQUENCE never lower) …
    for (const [uid, event] of replanned) expect(store.events.get(uid)?.text).toBe(event.text);
    // … and nothing was added: no stale duplicate beside an updated event.
    expect(store.events.size).toBe(afterQ2.size);
    for (const [uid, event] of q2) expect(store.events.get(uid)?.text).toBe(event.text);
    const changed = [...replanned.values()].filter((e) => e.text !== afterQ1.get(e.uid)?.text);
    expect(changed).toHaveLength(3);
    for (const e of changed) expect(e.sequence).toBeGreaterThan(afterQ1.get(e.uid)!.sequence);
  });

  it("moves the moved meeting", () => {
    const moved = [...store.events.values()].filter((e) => e.summary === "区政府第4次常务会议");
    expect(moved.map((e) => e.start).sort()).toEqual(["2026-02-27T09:00:00", "2026-05-28T09:00:00"]);
  });

  it("hands the reception turn to the new leader in the same event, with no stale turn left", () => {
    const turns = [...store.events.values()].filter((e) => e.start === "2026-02-11T09:00:00");
    expect(turns).toHaveLength(1);
    expect(turns[0]!.summary).toContain("李娜");
    expect(turns[0]!.sequence).toBe(1);
    expect([...store.events.values()].filter((e) => e.summary.includes("赵磊")).map((e) => e.start)).toEqual(["2026-05-13T09:00:00"]);
  });

  it("cancels the cancelled meeting without the agenda that moved away", () => {
    const cancelled = [...store.events.values()].find((e) => e.summary.includes("第2次常务会议") && e.start.startsWith("2026-01"))!;
    expect(cancelled.status).toBe("CANCELLED");
    expect(cancelled.description).toContain("【已取消】");
    expect(cancelled.description).not.toContain("议程");
    for (const item of ["A03", "A04", "A08"]) {
      const title = spec.agendaItems.find((i) => i.id === item)!.title;
      expect(cancelled.description).not.toContain(title);
      const receiving = [...store.events.values()].find((e) => e.start === "2026-02-27T09:00:00")!;
      expect(receiving.description).toContain(title);
    }
  });
});
