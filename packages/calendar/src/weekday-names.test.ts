import { describe, expect, it } from "vitest";
import { WEEKDAY_NAMES, weekdayName } from "./weekday-names.js";
import { weekdayOf } from "./dates.js";

describe("weekdayName", () => {
  it("names ISO weekdays, Monday first, in each form", () => {
    expect(weekdayName(1, "zh")).toBe("星期一");
    expect(weekdayName(7, "zh")).toBe("星期日");
    expect(weekdayName(6, "zhShort")).toBe("六");
    expect(weekdayName(3, "en")).toBe("Wednesday");
    expect(weekdayName(4, "enShort")).toBe("Thu");
    expect(weekdayName(7, "enMin")).toBe("Su");
  });

  it("agrees with weekdayOf on a known date", () => {
    // 2026-01-01 is a Thursday.
    expect(weekdayName(weekdayOf("2026-01-01"), "zh")).toBe("星期四");
    expect(weekdayName(weekdayOf("2026-01-01"), "en")).toBe("Thursday");
  });

  it("gives undefined outside 1–7 so callers choose their fallback", () => {
    for (const w of [0, 8, -1, 1.5]) expect(weekdayName(w, "zh")).toBeUndefined();
  });

  it("has seven names in every form, all distinct", () => {
    for (const names of Object.values(WEEKDAY_NAMES)) {
      expect(names).toHaveLength(7);
      expect(new Set(names).size).toBe(7);
    }
  });
});
