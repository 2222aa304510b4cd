import { describe, expect, it } from "vitest";
import { makeMeeting, makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

// 西城区 三十、三十一: 会议纪要一般在会后一周内印发.
const rule = makeRule("deadline.minutes", { within: 7 }, { cite: ["西城区", "三十一", "会后一周内印发"] });
const plan = (minutesIssuedOn?: string) =>
  makePlan({ from: "2026-03-01", to: "2026-03-31" }, { meetings: [makeMeeting("2026-03-12", minutesIssuedOn === undefined ? {} : { minutesIssuedOn })] });

describe("deadline.minutes", () => {
  it("keeps minutes within 7 days and breaks on the 8th", () => {
    expect(runRule(makeSpec(), plan("2026-03-19"), rule)).toEqual([]);
    expect(runRule(makeSpec(), plan("2026-03-20"), rule)[0]!.message.en).toBe(
      "minutes of 第1次常务会议 (2026-03-12) were issued on 2026-03-20; they are due within 7 days (by 2026-03-19) (西城区 三十一)",
    );
  });

  it("does not judge minutes not yet issued", () => {
    expect(runRule(makeSpec(), plan(), rule)).toEqual([]);
  });
});
