import { describe, expect, it } from "vitest";
import { createCalendar, parsePeriod } from "@yishi/calendar";
import { createJsLpSolverBackend } from "../backend/js-lp-solver-backend.js";
import { buildMeetingsReferenceModel } from "./reference-model.js";
import { planMeetings } from "./plan-meetings.js";
import { testProfile, testSpec } from "./test-helpers.js";

describe("buildMeetingsReferenceModel", () => {
  it("has the planner's optimum: a whole 0/1 program solved by an LP back end agrees with the DP and branch and bound", async () => {
    const period = parsePeriod("2026-01-05..2026-02-13");
    const spec = testSpec({
      series: [
        { id: "exec", name: "常务会议", type: "executive", body: "exec", weekdays: [4, 3], start: "09:00", room: "r1" },
        { id: "mo", name: "区长办公会议", type: "mayor-office", body: "mo", weekdays: [4, 3], start: "10:00", room: "r2", cadence: { kind: "every-n-weeks", weeks: 2 } },
      ],
      absences: [{ person: "zhang", from: "2026-01-14", to: "2026-01-14" }],
    });
    const input = { spec, profile: testProfile([], ["mo.cadence"]), calendar: createCalendar(), period };
    const planned = await planMeetings(input);
    const model = buildMeetingsReferenceModel(input);
    const result = await createJsLpSolverBackend().solve(model);
    expect(result.status).toBe("optimal");
    expect(result.objective).toBe(planned.solve[0]!.objective);
    expect(planned.solve[0]!.optimal).toBe(true);
  });
});
