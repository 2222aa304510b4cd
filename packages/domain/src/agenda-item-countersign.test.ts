import { describe, expect, it } from "vitest";
import { parseSpec } from "./load-spec.js";
import { errorOf } from "./test-error-of.js";

// 西城区 附件1 三.1: 上会材料应在送区政府办公室文秘科审核前一周送区法制办审核,并由区政府办公室主任会签后方可上会.
const spec = (item: string) => `organization: { id: o, name: 区政府, jurisdiction: 西城区 }
people:
  - { id: mayor, name: 区长, roles: [mayor] }
  - { id: director, name: 主任, roles: [office-director] }
units:
  - { id: fzb, name: 区法制办 }
agendaItems:
  - { id: A1, title: 管理办法, unit: fzb, responsibleLeader: mayor, filedOn: 2026-03-02, ${item} }
`;

describe("an item's legal-review sending and countersign", () => {
  it("reads the day sent to legal review and the countersign (who and when)", () => {
    const [item] = parseSpec(spec("legalReviewSentOn: 2026-02-20, countersignedBy: director, countersignedOn: 2026-03-05"), "a.yaml").agendaItems;
    expect(item).toMatchObject({ legalReviewSentOn: "2026-02-20", countersignedBy: "director", countersignedOn: "2026-03-05" });
    expect(parseSpec(spec("category: other"), "b.yaml").agendaItems[0]!.countersignedBy).toBeUndefined();
  });

  it("refuses a countersign with only one of who and when, at the missing field", () => {
    const error = errorOf(() => parseSpec(spec("countersignedBy: director"), "c.yaml"));
    expect(error.issues.map((i) => `${i.path.join(".")}: ${i.message} (expected ${i.expected})`)).toEqual([
      "agendaItems.0.countersignedOn: is missing: a countersign needs both `countersignedBy` and `countersignedOn` (expected `countersignedOn` beside `countersignedBy`)",
    ]);
    expect(errorOf(() => parseSpec(spec("countersignedOn: 2026-03-05"), "d.yaml")).issues[0]!.path.join(".")).toBe("agendaItems.0.countersignedBy");
  });

  it("names a countersigner who is not a person of the spec", () => {
    const error = errorOf(() => parseSpec(spec("countersignedBy: nobody, countersignedOn: 2026-03-05"), "e.yaml"));
    expect(error.issues.map((i) => `${i.path.join(".")}: ${i.message} ${i.found}`)).toEqual(['agendaItems.0.countersignedBy: unknown person "nobody"']);
    expect(error.issues[0]!.line).toBe(8);
  });
});
