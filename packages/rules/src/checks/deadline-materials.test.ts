import { describe, expect, it } from "vitest";
import { agendaOf, makeItems, makeMeeting, makePlan, makeRule, makeSpec, runRule } from "./test-helpers.js";

// 西城区 三十三: 会议材料提前2至3个工作日送达 — the smallest, 2 working days.
const rule = makeRule("deadline.materials", { lead: 2, unit: "working-days" }, { cite: ["西城区", "三十三", "提前2至3个工作日"] });
const plan = makePlan({ from: "2026-03-01", to: "2026-03-31" }, { meetings: [makeMeeting("2026-03-23", { agenda: agendaOf(["I01"]) })] });
const spec = (materialsOn?: string) => makeSpec({ agendaItems: makeItems(1, "2026-03-01", materialsOn === undefined ? {} : { materialsOn }) });

describe("deadline.materials", () => {
  it("keeps materials 2 working days before a Monday (the Thursday) and breaks on the Friday", () => {
    expect(runRule(spec("2026-03-19"), plan, rule)).toEqual([]);
    const [v] = runRule(spec("2026-03-20"), plan, rule);
    expect(v!.message.zh).toBe("I01「议题1」于2026-03-20报送材料，第1次常务会议（2026-03-23）要求提前2个工作日（2026-03-19前） (西城区 三十三)");
  });

  it("does not judge materials not yet received", () => {
    expect(runRule(spec(), plan, rule)).toEqual([]);
  });
});
