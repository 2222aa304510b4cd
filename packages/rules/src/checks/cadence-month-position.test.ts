import { describe, expect, it } from "vitest";
import { makeMeetings, makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

// 常州市 四十三: 市长办公会议原则上每月初召开.
const rule = makeRule("cadence.month-position", { position: "start", withinWorkingDays: 5 }, { cite: ["常州市", "四十三", "原则上每月初召开"] });
const end = makeRule("cadence.month-position", { position: "end", withinWorkingDays: 3 }, { cite: ["常州市", "四十二", "原则上每月末召开"] });
const spec = makeSpec();

describe("cadence.month-position", () => {
  it("keeps a meeting in the first 5 working days, counted on the official calendar", () => {
    // February 2026: working days 2,3,4,5,6 → the 5th is 2026-02-06.
    const feb = { from: "2026-02-01", to: "2026-02-28" };
    expect(runRule(spec, makePlan(feb, { meetings: makeMeetings(["2026-02-06"]) }), rule)).toEqual([]);
    const [v] = runRule(spec, makePlan(feb, { meetings: makeMeetings(["2026-02-09"]) }), rule);
    expect(v!.message.en).toBe(
      "区政府常务会议 is not held at the start of 2026-02 (first 5 working days, 2026-02-01 to 2026-02-06); 5 working days is the profile's reading, the article gives no number (常州市 四十三)",
    );
    expect(v!.message.zh).toBe("2026-02没有在月初（2026-02-01至2026-02-06，前5个工作日）召开区政府常务会议；以5个工作日为月初是本规则配置的理解，条文未规定天数 (常州市 四十三)");
  });

  it("counts an adjusted working Saturday among the last working days of the month", () => {
    // February 2026 ends with working days 26 (Thu), 27 (Fri), 28 (Sat, 调休).
    const feb = { from: "2026-02-01", to: "2026-02-28" };
    expect(runRule(spec, makePlan(feb, { meetings: makeMeetings(["2026-02-26"]) }), end)).toEqual([]);
    expect(runRule(spec, makePlan(feb, { meetings: makeMeetings(["2026-02-25"]) }), end)).toHaveLength(1);
  });
});
