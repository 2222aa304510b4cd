import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { loadSpec, parseSpec, loadPlan } from "./load-spec.js";
import { errorOf } from "./test-error-of.js";

const example = fileURLToPath(new URL("../../../examples/zhongshan-2026q1.yaml", import.meta.url));

const minimal = `
organization: { id: o, name: 测试区人民政府, jurisdiction: 钟山区 }
people:
  - { id: 张三, name: 张三, roles: [mayor] }
`;

describe("loadSpec", () => {
  it("loads the bundled example with Chinese ids and names", () => {
    const { spec } = loadSpec(example);
    expect(spec.organization.jurisdiction).toBe("钟山区");
    expect(spec.people.find((p) => p.id === "zhang-wei")?.name).toBe("张伟");
    expect(spec.series.map((s) => s.id)).toEqual(["exec", "plenary", "mayor-office"]);
    expect(spec.profile.base).toBe("default");
  });

  it("accepts Chinese ids and fills defaults", () => {
    const spec = parseSpec(minimal, "m.yaml");
    expect(spec.people[0]!.id).toBe("张三");
    expect(spec.duty.restDays).toBe(1);
    expect(spec.calendar.assumeWeekendsOnly).toBe(false);
  });

  it("reports every problem at once with file, line, path, expected and found", () => {
    const text = `organization: { id: o, name: 区政府, jurisdiction: 钟山区 }
people:
  - { id: a, name: 甲, roles: [mayer] }
  - { id: b, name: 乙 }
absences:
  - { person: a, from: 2026-02-30, to: 2026-03-01 }
series:
  - { id: s, name: 常务会议, type: executive, body: x, start: "9:00", cadence: { kind: fortnightly } }
`;
    const error = errorOf(() => parseSpec(text, "bad.yaml"));
    expect(error.code).toBe("SPEC_INVALID");
    const byPath = Object.fromEntries(error.issues.map((i) => [i.path.join("."), i]));
    expect(byPath["people.0.roles.0"]).toMatchObject({ file: "bad.yaml", line: 3, found: '"mayer"' });
    expect(byPath["people.0.roles.0"]!.expected).toContain('"mayor"');
    expect(byPath["people.1.roles"]).toMatchObject({ line: 4, message: "required field is missing" });
    expect(byPath["absences.0.from"]).toMatchObject({ line: 6, found: '"2026-02-30"', message: "not a real calendar date" });
    expect(byPath["series.0.start"]).toMatchObject({ line: 8, found: '"9:00"' });
    expect(byPath["series.0.cadence.kind"] ?? byPath["series.0.cadence"]).toBeDefined();
    expect(error.issues.length).toBeGreaterThanOrEqual(5);
  });

  it("reports unknown fields (typos) instead of dropping them", () => {
    const error = errorOf(() => parseSpec(`${minimal}bodies:\n  - { id: e, name: 常务会议, type: executive, memebers: [张三], convener: 张三 }\n`, "typo.yaml"));
    const messages = error.issues.map((i) => i.message).join("\n");
    expect(messages).toContain("`memebers`");
  });

  it("reports unknown references and duplicate ids after the shape is right", () => {
    const error = errorOf(() =>
      parseSpec(
        `${minimal}  - { id: 张三, name: 张三二, roles: [deputy] }
bodies:
  - { id: e, name: 常务会议, type: executive, members: [张三, 李四], convener: 王五 }
`,
        "refs.yaml",
      ),
    );
    const lines = error.issues.map((i) => `${i.path.join(".")}: ${i.message} ${i.found ?? ""}`);
    expect(lines).toContain('people.1.id: duplicate id (first used at people[0]) "张三"');
    expect(lines).toContain('bodies.0.members.1: unknown person "李四"');
    expect(lines).toContain('bodies.0.convener: unknown person "王五"');
    expect(error.issues.find((i) => i.path.join(".") === "bodies.0.convener")?.line).toBe(7);
  });

  it("reports unknown references and duplicate ids with the schema's problems, not after them", () => {
    const error = errorOf(() =>
      parseSpec(
        `organization: { id: o, name: 区政府, jurisdiction: 钟山区 }
people:
  - { id: a, name: 甲, roles: [mayer], unit: nowhere }
  - { id: a, name: 乙, roles: [deputy] }
  - { id: 7, name: 丙, roles: [deputy] }
bodies:
  - { id: e, name: 常务会议, type: executiv, members: [a, ghost, 7], convener: a }
series:
  - { id: s, name: 常务会议, type: executive, body: e }
agendaItem: []
`,
        "mixed.yaml",
      ),
    );
    const lines = error.issues.map((i) => `${i.path.join(".")}: ${i.message} ${i.found ?? ""}`.trim());
    expect(lines).toContainEqual(expect.stringMatching(/^people\.0\.roles\.0: not one of the allowed values/));
    expect(lines).toContain('people.0.unit: unknown unit "nowhere"');
    expect(lines).toContain('people.1.id: duplicate id (first used at people[0]) "a"');
    expect(lines).toContain('bodies.0.members.1: unknown person "ghost"');
    expect(error.issues.find((i) => i.path.join(".") === "bodies.0.members.1")?.line).toBe(7);
    // Nothing restates a field the schema faulted: not the number id, not the body's misspelt type, not the series' missing fields.
    expect(lines.filter((l) => l.startsWith("bodies.0.members.2") || l.startsWith("series.0.type"))).toEqual(["bodies.0.members.2: wrong type 7"]);
    expect(lines.filter((l) => l.startsWith("people.2"))).toEqual(["people.2.id: wrong type 7"]);
  });

  it("names the file and position of a syntax error", () => {
    const error = errorOf(() => parseSpec("people: [\n  { id: a", "broken.yaml"));
    expect(error.code).toBe("SPEC_PARSE");
    expect(error.issues[0]).toMatchObject({ file: "broken.yaml" });
    expect(error.issues[0]!.line).toBeGreaterThanOrEqual(1);
  });

  it("names a missing file without a raw system error", () => {
    const error = errorOf(() => loadSpec("/nonexistent/spec.yaml"));
    expect(error.code).toBe("FILE_NOT_FOUND");
    expect(error.message).toContain("/nonexistent/spec.yaml");
  });

  it("parses JSON specs through the same path", () => {
    const spec = parseSpec(JSON.stringify({ organization: { id: "o", name: "区政府", jurisdiction: "钟山区" }, people: [{ id: "a", name: "甲", roles: ["mayor"] }] }), "s.json");
    expect(spec.people).toHaveLength(1);
  });

  it("rejects a plan file with the wrong schema tag", () => {
    const error = errorOf(() => loadPlan(example));
    expect(error.code).toBe("PLAN_INVALID");
  });
});
