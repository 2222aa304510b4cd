import { describe, expect, it } from "vitest";
import { makeMeeting, makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

// 常州市 四十七: 交流发言一般不超过5个，每个发言不超过10分钟.
const rule = makeRule("duration.speeches", { maxCount: 5, maxMinutes: 10 }, { cite: ["常州市", "四十七", "交流发言一般不超过5个"] });
const with_ = (speeches: { minutes: number; person?: string; kind?: "exchange" | "report" }[]) =>
  makePlan({ from: "2026-03-01", to: "2026-03-31" }, { meetings: [makeMeeting("2026-03-12", { speeches: speeches.map((s) => ({ kind: "exchange", ...s })) })] });

describe("duration.speeches", () => {
  it("keeps 5 speeches of 10 minutes", () => {
    expect(runRule(makeSpec(), with_(Array.from({ length: 5 }, () => ({ minutes: 10 }))), rule)).toEqual([]);
  });

  it("breaks at 6 speeches, and at one of 11 minutes", () => {
    expect(runRule(makeSpec(), with_(Array.from({ length: 6 }, () => ({ minutes: 10 }))), rule)[0]!.message.en).toBe(
      "第1次常务会议 (2026-03-12) has 6 exchange speeches; at most 5 (常州市 四十七)",
    );
    expect(runRule(makeSpec(), with_([{ minutes: 11, person: "zhou" }]), rule)[0]!.message.en).toBe(
      "周军's exchange speech at 第1次常务会议 (2026-03-12) lasts 11 minutes; at most 10 (常州市 四十七)",
    );
  });

  it("does not count reports as exchange speeches", () => {
    expect(runRule(makeSpec(), with_(Array.from({ length: 6 }, () => ({ minutes: 12, kind: "report" as const }))), rule)).toEqual([]);
  });
});
