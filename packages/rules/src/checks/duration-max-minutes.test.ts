import { describe, expect, it } from "vitest";
import { makeMeeting, makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

// 常州市 四十七: 全局性会议不超过2小时.
const rule = makeRule("duration.max-minutes", { minutes: 120 }, { cite: ["常州市", "四十七", "全局性会议不超过2小时"] });
const at = (end: string) => makePlan({ from: "2026-03-01", to: "2026-03-31" }, { meetings: [makeMeeting("2026-03-12", { start: "09:00", end })] });

describe("duration.max-minutes", () => {
  it("keeps 120 minutes and breaks at 121", () => {
    expect(runRule(makeSpec(), at("11:00"), rule)).toEqual([]);
    expect(runRule(makeSpec(), at("11:01"), rule)[0]!.message.en).toBe("第1次常务会议 (2026-03-12) runs 121 minutes (09:00–11:01); at most 120 (常州市 四十七)");
  });
});
