import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildSamplePlan, loadSampleSpec } from "./test-fixtures/sample-plan.js";
import { exportIcs } from "./ics.js";
import { meetingUid, recurringDutyUid } from "./ics-uid.js";
import { CalendarStore } from "./test-fixtures/calendar-store.js";

const plan = buildSamplePlan();
const spec = loadSampleSpec();

/** Parses with ical.js, a different library from the generator. */
function parse(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  const zone = root.getFirstSubcomponent("vtimezone")!;
  ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return { root, events: root.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c)) };
}

describe("exportIcs", () => {
  const text = exportIcs(plan, spec);
  const { root, events } = parse(text);

  it("writes one event per meeting occurrence and per petition turn, with Asia/Shanghai VTIMEZONE", () => {
    expect(root.getFirstSubcomponent("vtimezone")!.getFirstPropertyValue("tzid")).toBe("Asia/Shanghai");
    const turns = new Set(plan.recurringDuties.map((r) => `${r.duty} ${r.date}`));
    expect(turns.size).toBe(plan.recurringDuties.length); // the sample has one leader per turn
    expect(events).toHaveLength(plan.meetings.length + turns.size);
    expect(events.map((e) => e.uid)).toContain(recurringDutyUid(plan, "petition", "2026-01-07"));
    expect(text).toContain("DTSTART;TZID=Asia/Shanghai:20260115T090000");
  });

  it("keeps stable UIDs, times in Asia/Shanghai, room, attendees and agenda", () => {
    const exec1 = events.find((e) => e.uid === meetingUid(plan, "exec#1"))!;
    expect(exec1).toBeDefined();
    expect(exec1.startDate.zone.tzid).toBe("Asia/Shanghai");
    expect(exec1.startDate.toString()).toBe("2026-01-15T09:00:00");
    expect(exec1.endDate.toString()).toBe("2026-01-15T12:00:00");
    // The absolute instant: 09:00 in Shanghai is 01:00 UTC.
    expect(exec1.startDate.toJSDate().toISOString()).toBe("2026-01-15T01:00:00.000Z");
    expect(exec1.location).toBe("区政府4楼常务会议室");
    expect(exec1.summary).toBe("区政府第1次常务会议");
    expect(exec1.attendees.map((a) => a.getParameter("cn"))).toContain("张伟");
    expect(exec1.description).toContain("1. 09:00 审议《钟山区2026年政府投资项目计划》");
    expect(exec1.uid).toBe("zhongshan/meeting/2026-01-01/2026-03-31/exec%231@yishi");
  });

  it("carries SEQUENCE and STATUS:CANCELLED", () => {
    const exec3 = events.find((e) => e.uid === meetingUid(plan, "exec#3"))!;
    expect(exec3.sequence).toBe(1);
    const exec5 = events.find((e) => e.uid === meetingUid(plan, "exec#5"))!;
    expect(exec5.sequence).toBe(2);
    expect(exec5.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(exec3.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
    const absent = exec3.attendees.find((a) => a.getParameter("cn") === "杨帆")!;
    expect(absent.getParameter("partstat")).toBe("DECLINED");
  });

  it("is deterministic: DTSTAMP from the period start, byte-identical output", () => {
    expect(text).toContain("DTSTAMP:20251231T160000Z");
    expect(exportIcs(buildSamplePlan(), loadSampleSpec())).toBe(text);
    const stamped = exportIcs(plan, spec, { generatedAt: new Date("2026-01-02T03:04:05Z") });
    expect(stamped).toContain("DTSTAMP:20260102T030405Z");
  });

  it("updates rather than duplicates on re-plan: same UID, higher SEQUENCE", () => {
    const replanned = buildSamplePlan();
    const exec4 = replanned.meetings.find((m) => m.id === "exec#4")!;
    exec4.date = "2026-02-27";
    exec4.sequence = 1;
    const again = parse(exportIcs(replanned, spec)).events.find((e) => e.uid === meetingUid(plan, "exec#4"))!;
    expect(again.startDate.toString()).toBe("2026-02-27T09:00:00");
    expect(again.sequence).toBe(1);
  });

  it("falls back to ids without a spec", () => {
    const bare = parse(exportIcs(plan)).events.find((e) => e.uid === meetingUid(plan, "exec#1"))!;
    expect(bare.location).toBe("room-401");
  });

  it("names the organization as ORGANIZER of every event (RFC 5546 PUBLISH), beside the attendees", () => {
    for (const e of events) {
      const org = e.component.getFirstProperty("organizer")!;
      expect(org.getFirstValue()).toBe("mailto:zhongshan@yishi.invalid");
      expect(org.getParameter("cn")).toBe("六盘水市钟山区人民政府");
    }
    expect(events.filter((e) => e.attendees.length > 0).length).toBeGreaterThan(5);
  });

  it("escapes the calendar name as RFC 5545 TEXT", () => {
    const odd = buildSamplePlan();
    odd.period.label = "2026Q1, 修订; 第2版\\";
    const head = exportIcs(odd, spec).split("BEGIN:VTIMEZONE")[0]!;
    expect(head).toContain("\r\nNAME:六盘水市钟山区人民政府 2026Q1\\, 修订\\; 第2版\\\\\r\n");
    expect(head).toContain("\r\nX-WR-CALNAME:六盘水市钟山区人民政府 2026Q1\\, 修订\\; 第2版\\\\\r\n");
  });
});

describe("a recurring-duty turn of two people", () => {
  // 2026-01-07's petition reception taken by two leaders; a re-plan replaces one, then the other.
  function withTurn(people: [string, number | undefined][]) {
    const p = buildSamplePlan();
    p.recurringDuties = [
      ...people.map(([person, sequence]) => ({ duty: "petition", date: "2026-01-07", start: "09:00", end: "12:00", person, sequence })),
      ...p.recurringDuties.filter((r) => r.date !== "2026-01-07"),
    ];
    return exportIcs(p, spec);
  }

  it("is one event, updated in place each time one of its people is replaced", () => {
    const store = new CalendarStore();
    const uid = recurringDutyUid(plan, "petition", "2026-01-07");
    const steps = [
      withTurn([["li-na", undefined], ["wang-qiang", undefined]]),
      withTurn([["li-na", undefined], ["liu-yang", 1]]),
      withTurn([["chen-jing", 1], ["liu-yang", 1]]),
    ];
    const seen = steps.map((text) => {
      const incoming = store.importIcs(text).filter((e) => e.uid === uid);
      expect(incoming).toHaveLength(1);
      expect(store.events.get(uid)).toEqual(incoming[0]);
      return incoming[0]!;
    });
    expect(seen.map((e) => e.summary)).toEqual([
      "区领导接待群众来访日：李娜、王强",
      "区领导接待群众来访日：李娜、刘洋",
      "区领导接待群众来访日：陈静、刘洋",
    ]);
    // Every change raises SEQUENCE, so clients that ignore an equal one still update.
    expect(seen.map((e) => e.sequence)).toEqual([0, 1, 2]);
    expect(store.events.size).toBe(parse(exportIcs(plan, spec)).events.length);
  });
});
