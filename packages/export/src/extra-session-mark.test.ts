import { describe, expect, it } from "vitest";
import type { Plan } from "@yishi/domain";
import { buildSamplePlan, loadSampleSpec } from "./test-fixtures/sample-plan.js";
import { exportCsv } from "./csv.js";
import { exportHtml } from "./html.js";
import { exportIcs } from "./ics.js";

/** The sample plan with its first meeting marked an extra session (钟山区 第四十条 也可根据工作需要适时召开). */
function withExtra(): { plan: Plan; id: string } {
  const plan = buildSamplePlan();
  const first = plan.meetings.find((m) => m.status === "scheduled")!;
  first.extra = { reason: "研究防汛应急事项" };
  return { plan, id: first.id };
}

describe("an extra session is marked in every output that lists meetings", () => {
  const spec = loadSampleSpec();

  it("the meetings table's status column, the report's heading and the calendar's description say 临时召开 and why", () => {
    const { plan } = withExtra();
    const meetings = exportCsv(plan, spec).find((f) => f.name === "meetings.csv")!.content;
    expect(meetings).toContain("临时召开：研究防汛应急事项");
    expect(exportHtml(plan, spec)).toContain("（临时召开：研究防汛应急事项）</h3>");
    expect(exportIcs(plan, spec).replace(/\r\n /g, "")).toContain("临时召开：研究防汛应急事项");
  });

  it("a plan without extra sessions says nothing of them", () => {
    const plan = buildSamplePlan();
    expect(exportCsv(plan, spec).find((f) => f.name === "meetings.csv")!.content).not.toContain("临时召开");
    expect(exportHtml(plan, spec)).not.toContain("临时召开");
    expect(exportIcs(plan, spec)).not.toContain("临时召开");
  });
});
