import { describe, expect, it } from "vitest";
import { RuleProfile, type MeetingSeries, type RuleInput } from "@yishi/domain";
import { gapLimits, resolveSeriesCadence } from "./series-cadence.js";

const cite = { jurisdiction: "测试区", article: "第一条", text: "第一条（测试）" };
function cadenceRule(id: string, check: string, params: Record<string, unknown>, enabled = true): RuleInput {
  return { id, kind: "cadence", check, severity: "hard", scope: { meetingTypes: ["executive"], duties: [] }, params, citation: cite, summary: { zh: id, en: id }, ...(enabled ? {} : { enabled: false, disabledReason: "测试" }) } as RuleInput;
}
const profile = (rules: RuleInput[]) => RuleProfile.parse({ id: "t", name: { zh: "测试", en: "test" }, jurisdiction: "测试区", rules });
const series = (extra: Partial<MeetingSeries> = {}) => ({ id: "exec", name: "常务会议", type: "executive", ...extra }) as MeetingSeries;

describe("gapLimits", () => {
  it("every n weeks: n×7 days, 4 either side unless given, never under a day", () => {
    expect(gapLimits({ kind: "every-n-weeks", weeks: 2 })).toEqual({ ideal: 14, min: 10, max: 18 });
    expect(gapLimits({ kind: "every-n-weeks", weeks: 1 })).toEqual({ ideal: 7, min: 3, max: 11 });
    expect(gapLimits({ kind: "every-n-weeks", weeks: 2, minGapDays: 12, maxGapDays: 16 })).toEqual({ ideal: 14, min: 12, max: 16 });
    expect(gapLimits({ kind: "every-n-weeks", weeks: 2, toleranceDays: 2 })).toEqual({ ideal: 14, min: 12, max: 16 });
    expect(gapLimits({ kind: "every-n-weeks", weeks: 1, toleranceDays: 9 })).toEqual({ ideal: 7, min: 1, max: 16 });
  });
});

describe("resolveSeriesCadence", () => {
  it("the series' own cadence first, then the profile's first enabled rule by kind, else as needed", () => {
    const p = profile([cadenceRule("pm", "cadence.per-month", { min: 1, max: 2 }), cadenceRule("w", "cadence.every-n-weeks", { weeks: 3 })]);
    expect(resolveSeriesCadence(series({ cadence: { kind: "per-year", min: 1 } }), p)).toEqual({ cadence: { kind: "per-year", min: 1 } });
    const weeks = resolveSeriesCadence(series(), p);
    // The rule's toleranceDays (the profile's reading, 4 unless stated) reaches the planner with the cadence.
    expect(weeks.cadence).toEqual({ kind: "every-n-weeks", weeks: 3, toleranceDays: 4 });
    expect(resolveSeriesCadence(series(), profile([cadenceRule("w", "cadence.every-n-weeks", { weeks: 2, toleranceDays: 1 })])).cadence).toEqual({ kind: "every-n-weeks", weeks: 2, toleranceDays: 1 });
    expect(weeks.rule?.id).toBe("w");
    expect(resolveSeriesCadence(series(), profile([cadenceRule("pm", "cadence.per-month", { min: 1, max: 2 })])).cadence).toEqual({ kind: "per-month", min: 1, max: 2 });
    expect(resolveSeriesCadence(series(), profile([]))).toEqual({ cadence: { kind: "as-needed" } });
  });
});
