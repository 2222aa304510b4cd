import { describe, expect, it } from "vitest";
import { Spec } from "@yishi/domain";
import { SHIPPED_PROFILES, resolveProfile } from "@yishi/rules";
import { generateProvince } from "./province.js";

describe("generateProvince", () => {
  const province = generateProvince(40);

  it("is the same province on every run (seeded)", () => {
    expect(JSON.stringify(generateProvince(40))).toBe(JSON.stringify(province));
    expect(JSON.stringify(generateProvince(40, 7))).not.toBe(JSON.stringify(province));
  });

  it("gives valid specs of every shipped profile and of city, district and county size, with 20–200 items and absences", () => {
    const specs = province.map((g) => Spec.parse(g.spec));
    for (const spec of specs) expect(() => resolveProfile(spec.profile)).not.toThrow();
    expect(new Set(specs.map((s) => (typeof s.profile === "string" ? s.profile : s.profile.base)))).toEqual(new Set(SHIPPED_PROFILES.map((p) => p.id)));
    expect(new Set(specs.map((s) => s.organization.name.slice(-5)))).toEqual(new Set(["市人民政府", "区人民政府", "县人民政府"]));
    for (const spec of specs) {
      expect(spec.agendaItems.length).toBeGreaterThanOrEqual(20);
      expect(spec.agendaItems.length).toBeLessThanOrEqual(200);
      expect(spec.absences.length).toBeGreaterThan(0);
    }
    expect(new Set(province.map((g) => g.name)).size).toBe(40);
  });
});
