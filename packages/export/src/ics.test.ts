import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildSamplePlan, loadSampleSpec } from "./test-fixtures/sample-plan.js";
import { exportIcs, meetingUid } from "./ics.js";

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

  it("writes one event per meeting occurrence and per petition duty, with Asia/Shanghai VTIMEZONE", () => {
    expect(root.getFirstSubcomponent("vtimezone")!.getFirstPropertyValue("tzid")).toBe("Asia/Shanghai");
    expect(events).toHaveLength(plan.meetings.length + plan.recurringDuties.length);
    expect(text).toContain("DTSTART;TZID=Asia/Shanghai:20260115T090000");
  });

  it("keeps stable UIDs, times in Asia/Shanghai, room, attendees and agenda", () => {
    const exec1 = events.find((e) => e.uid === "zhongshan-exec-1@yishi")!;
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
    expect(meetingUid(plan, "exec#3")).toBe("zhongshan-exec-3@yishi");
  });

  it("carries SEQUENCE and STATUS:CANCELLED", () => {
    const exec3 = events.find((e) => e.uid === "zhongshan-exec-3@yishi")!;
    expect(exec3.sequence).toBe(1);
    const exec5 = events.find((e) => e.uid === "zhongshan-exec-5@yishi")!;
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
    const again = parse(exportIcs(replanned, spec)).events.find((e) => e.uid === "zhongshan-exec-4@yishi")!;
    expect(again.startDate.toString()).toBe("2026-02-27T09:00:00");
    expect(again.sequence).toBe(1);
  });

  it("falls back to ids without a spec", () => {
    const bare = parse(exportIcs(plan)).events.find((e) => e.uid === "zhongshan-exec-1@yishi")!;
    expect(bare.location).toBe("room-401");
  });
});
