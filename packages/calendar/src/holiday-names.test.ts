import { describe, expect, it } from "vitest";
import { normalizeHolidayName } from "./holiday-names.js";

describe("normalizeHolidayName", () => {
  it.each([
    ["New Year's Day,元旦,1", "元旦", "New Year's Day"],
    ["Tomb-sweeping Day,清明,1", "清明节", "Qingming Festival"],
    ["Dragon Boat Festival,端午,1", "端午节", "Dragon Boat Festival"],
    ["“五一”国际劳动节", "劳动节", "Labour Day"],
    ["“十一”", "国庆节", "National Day"],
    ["中秋节、国庆节", "中秋节、国庆节", "Mid-Autumn Festival & National Day"],
    ["国庆节、中秋节", "国庆节、中秋节", "National Day & Mid-Autumn Festival"],
  ])("reads %s", (raw, zh, en) => {
    expect(normalizeHolidayName(raw)).toEqual({ zh, en });
  });

  it("keeps names it does not know, such as a unit's own day", () => {
    expect(normalizeHolidayName(" 所庆日 ")).toEqual({ zh: "所庆日", en: "所庆日" });
  });
});
