import { describe, expect, it } from "vitest";
import { describeWindow, windowForFiling, windowsInside, windowsOfYear } from "./item-windows.js";

const quarterEnds = { windows: [3, 6, 9, 12].map((month) => ({ month, months: 1, afterDay: 20 })) };

describe("item windows", () => {
  it("each quarter's last month after the 20th (西城区 五十九(一)), February's end included", () => {
    expect(windowsOfYear(quarterEnds, 2026)).toEqual([
      { from: "2026-03-21", to: "2026-03-31" },
      { from: "2026-06-21", to: "2026-06-30" },
      { from: "2026-09-21", to: "2026-09-30" },
      { from: "2026-12-21", to: "2026-12-31" },
    ]);
    expect(windowsOfYear({ windows: [{ month: 2, months: 1, afterDay: 0 }] }, 2028)).toEqual([{ from: "2028-02-01", to: "2028-02-29" }]);
  });

  it("an item's window is the first not yet over when it is filed, into the next year after the last", () => {
    expect(windowForFiling(quarterEnds, "2026-03-18")).toEqual({ from: "2026-03-21", to: "2026-03-31" });
    expect(windowForFiling(quarterEnds, "2026-03-25")).toEqual({ from: "2026-03-21", to: "2026-03-31" });
    expect(windowForFiling(quarterEnds, "2026-04-01")).toEqual({ from: "2026-06-21", to: "2026-06-30" });
    expect(windowForFiling(quarterEnds, "2027-01-05")).toEqual({ from: "2027-03-21", to: "2027-03-31" });
  });

  it("a window over the turn of the year, and only whole windows inside a period", () => {
    const winter = { windows: [{ month: 12, months: 2, afterDay: 0 }] };
    expect(windowsOfYear(winter, 2026)).toEqual([{ from: "2026-12-01", to: "2027-01-31" }]);
    expect(windowForFiling(winter, "2027-01-10")).toEqual({ from: "2026-12-01", to: "2027-01-31" });
    expect(windowsInside(quarterEnds, { from: "2026-01-01", to: "2026-06-29" })).toEqual([{ from: "2026-03-21", to: "2026-03-31" }]);
    expect(windowsInside(winter, { from: "2026-10-01", to: "2026-12-31" })).toEqual([]);
  });

  it("says when the dates are the profile's reading of the article's words", () => {
    const w = { from: "2026-06-01", to: "2026-07-31" };
    expect(describeWindow(w, { when: { zh: "年中", en: "at mid-year" }, reading: true }).zh).toBe("年中（2026-06-01至2026-07-31；条文只说“年中”，此期间是本规则配置的理解）");
    expect(describeWindow(w, { when: { zh: "年中", en: "at mid-year" }, reading: false }).en).toBe("at mid-year (2026-06-01 to 2026-07-31)");
  });
});
