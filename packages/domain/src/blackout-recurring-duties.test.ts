import { describe, expect, it } from "vitest";
import { Blackout, bindsRecurringDuty } from "./absence.js";
import { parseSpec } from "./load-spec.js";
import { errorOf } from "./test-error-of.js";

const spec = (blackout: string) => `organization: { id: o, name: 区政府, jurisdiction: 钟山区 }
people:
  - { id: li, name: 李娜, roles: [deputy] }
recurringDuties:
  - { id: petition, name: 接访日, pool: [li], weekday: 3, start: "09:00", end: "12:00" }
blackouts:
  - ${blackout}
`;

describe("Blackout.recurringDuties", () => {
  it("is absent by default: a blackout binds meetings only, as before", () => {
    const b = Blackout.parse({ from: "2026-01-06", to: "2026-01-09", name: "区人代会" });
    expect(b.recurringDuties).toBeUndefined();
    expect(bindsRecurringDuty(b, "petition")).toBe(false);
  });

  it("binds every recurring duty with `all`, or the ones it names", () => {
    expect(bindsRecurringDuty({ recurringDuties: "all" }, "petition")).toBe(true);
    expect(bindsRecurringDuty({ recurringDuties: ["petition"] }, "petition")).toBe(true);
    expect(bindsRecurringDuty({ recurringDuties: ["lecture"] }, "petition")).toBe(false);
    expect(parseSpec(spec("{ from: 2026-01-06, to: 2026-01-09, name: 区人代会, recurringDuties: [petition] }"), "s.yaml").blackouts[0]!.recurringDuties).toEqual(["petition"]);
  });

  it("refuses an unknown duty id and an empty list, naming the field", () => {
    const unknown = errorOf(() => parseSpec(spec("{ from: 2026-01-06, to: 2026-01-09, name: 区人代会, recurringDuties: [reception] }"), "s.yaml"));
    expect(unknown.issues.map((i) => `${i.path.join(".")}: ${i.message} ${i.found}`)).toEqual(['blackouts.0.recurringDuties.0: unknown recurring duty "reception"']);
    const empty = errorOf(() => parseSpec(spec("{ from: 2026-01-06, to: 2026-01-09, name: 区人代会, recurringDuties: [] }"), "s.yaml"));
    expect(empty.issues.map((i) => i.path.join("."))).toEqual(["blackouts.0.recurringDuties"]);
  });
});
