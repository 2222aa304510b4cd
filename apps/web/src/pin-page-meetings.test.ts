import { describe, expect, it } from "vitest";
import { Plan } from "@yishi/domain";
import { pinPageMeetings } from "./workbench-api.js";
import { buildTestPlan, buildTestSpec } from "./test-plan.js";

describe("pinPageMeetings", () => {
  it("pins the meetings the page pinned where they are now, a run over several days with its days, and leaves the rest to the planner", () => {
    const base = buildTestPlan();
    const plan = Plan.parse({
      ...base,
      meetings: [
        { ...base.meetings[0]!, pinned: true, date: "2026-02-10", endDate: "2026-02-11", start: "14:30" },
        { ...base.meetings[0]!, id: "exec#4", date: "2026-02-24" },
      ],
    });
    const pins = pinPageMeetings(buildTestSpec(), plan, "2026-02-01").series.find((s) => s.id === "exec")!.pinned;
    expect(pins).toEqual([{ date: "2026-02-10", start: "14:30", room: "room-401", days: 2 }]);
    // Before the re-plan's first day nothing is pinned by the page: those days are kept as they were anyway.
    expect(pinPageMeetings(buildTestSpec(), plan, "2026-02-15").series.find((s) => s.id === "exec")!.pinned).toEqual([]);
  });
});
