import { describe, expect, it } from "vitest";
import { makeMeeting, makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

// 西城区 附件1 二.1: 会议地点固定在4307会议室 — here by room id or name.
const byId = makeRule("calendar.fixed-room", { room: "r401" }, { severity: "soft", cite: ["西城区", "附件1 二.1", "固定在4307会议室"] });
const byName = makeRule("calendar.fixed-room", { room: "4楼常务会议室" }, { severity: "soft" });
const spec = makeSpec();
const march = { from: "2026-03-01", to: "2026-03-31" };

describe("calendar.fixed-room", () => {
  it("keeps the named room, by id or name", () => {
    const plan = makePlan(march, { meetings: [makeMeeting("2026-03-10")] });
    expect(runRule(spec, plan, byId)).toEqual([]);
    expect(runRule(spec, plan, byName)).toEqual([]);
  });

  it("breaks in another room or with no room", () => {
    const [v] = runRule(spec, makePlan(march, { meetings: [makeMeeting("2026-03-10", { room: "r201" })] }), byId);
    expect(v!.message.en).toBe("第1次常务会议 (2026-03-10) is in 2楼大会议室; it is held in 4楼常务会议室 (西城区 附件1 二.1)");
    expect(runRule(spec, makePlan(march, { meetings: [makeMeeting("2026-03-10", { room: undefined })] }), byId)).toHaveLength(1);
  });
});
