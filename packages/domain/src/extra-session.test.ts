import { describe, expect, it } from "vitest";
import { MeetingSeries, PlannedMeeting } from "./index.js";

const meeting = { id: "exec#7", type: "executive", title: "临时常务会议", date: "2026-03-12", start: "09:00", end: "11:00" };
const series = { id: "exec", name: "常务会议", type: "executive", body: "exec" };

describe("an extra session (钟山区 第四十条 也可根据工作需要适时召开)", () => {
  it("a planned meeting carries the mark and its reason", () => {
    expect(PlannedMeeting.parse({ ...meeting, extra: { reason: "研究防汛应急事项" } }).extra).toEqual({ reason: "研究防汛应急事项" });
    expect(PlannedMeeting.parse(meeting).extra).toBeUndefined();
  });

  it("a spec's pinned occurrence can be marked extra", () => {
    const parsed = MeetingSeries.parse({ ...series, pinned: [{ date: "2026-03-12", extra: { reason: "研究防汛应急事项" } }] });
    expect(parsed.pinned[0]!.extra).toEqual({ reason: "研究防汛应急事项" });
  });

  it("needs a reason, and nothing else", () => {
    const blank = PlannedMeeting.safeParse({ ...meeting, extra: { reason: "  " } });
    expect(blank.success).toBe(false);
    expect(blank.error!.issues[0]).toMatchObject({ path: ["extra", "reason"], message: "an extra session needs its reason" });
    expect(PlannedMeeting.safeParse({ ...meeting, extra: {} }).success).toBe(false);
    const typo = MeetingSeries.safeParse({ ...series, pinned: [{ date: "2026-03-12", extra: { reson: "x" } }] });
    expect(typo.success).toBe(false);
  });
});
