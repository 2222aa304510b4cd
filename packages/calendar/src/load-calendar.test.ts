import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadCalendar } from "./load-calendar.js";

const referenceDir = fileURLToPath(new URL("../../../../shared/data/holiday-cn/", import.meta.url));

describe("loadCalendar", () => {
  it("reads national files from disk", () => {
    const cal = loadCalendar({ national: [join(referenceDir, "2025.json")] });
    expect(cal.describeDay("2025-10-06")).toMatchObject({ working: false, source: "national", holiday: { zh: "国庆节、中秋节" } });
  });

  it("passes file errors through", () => {
    expect(() => loadCalendar({ unit: [join(referenceDir, "nope.json")] })).toThrow(expect.objectContaining({ code: "FILE_NOT_FOUND" }));
  });

  it("refuses holiday-cn's empty 2027 file rather than planning 2027 with no holidays", () => {
    expect(() => loadCalendar({ national: [join(referenceDir, "2027.json")] })).toThrow(expect.objectContaining({ code: "HOLIDAY_DATA_INVALID" }));
  });
});
