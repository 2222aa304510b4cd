import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LIMITS, MAX_ISSUES_LISTED, isYishiError } from "@yishi/domain";
import { ITEMS_FORM } from "./items-form.js";
import { inspectSpecWithImports } from "./load-spec-with-imports.js";
import { PEOPLE_FORM } from "./people-form.js";
import { readForm } from "./read-form.js";
import type { Grid } from "./read-grid.js";

/** A sheet with the people form's three required columns and `count` data rows, roles as given. */
function peopleGrid(count: number, role = "区长"): Grid {
  const rows: Grid["rows"] = [{ number: 1, cells: ["编号", "姓名", "角色"] }];
  for (let k = 0; k < count; k++) rows.push({ number: k + 2, cells: [`p${k}`, `人${k}`, role] });
  return { sheet: "人员名单", rows };
}

describe("readForm: a sheet longer than the spec's list may be", () => {
  it("reads up to the limit, and says once, at the header, where it stopped", () => {
    const at = readForm(peopleGrid(LIMITS.maxPeople), PEOPLE_FORM, "people.xlsx");
    expect(at.entries).toHaveLength(LIMITS.maxPeople);
    expect(at.issues).toEqual([]);

    const over = readForm(peopleGrid(LIMITS.maxPeople + 3), PEOPLE_FORM, "people.xlsx");
    expect(over.entries).toHaveLength(LIMITS.maxPeople);
    expect(over.entries.at(-1)).toMatchObject({ id: `p${LIMITS.maxPeople - 1}` });
    expect(over.issues).toEqual([
      expect.objectContaining({
        file: "people.xlsx",
        line: 1,
        path: ["people"],
        message: `sheet 人员名单, row 1: more data rows than a spec holds (at most ${LIMITS.maxPeople} people); rows from row ${LIMITS.maxPeople + 2} on are not read`,
        expected: `at most ${LIMITS.maxPeople} data rows`,
        found: `${LIMITS.maxPeople + 3} data rows`,
      }),
    ]);
  });

  it("counts neither empty rows nor the hint row toward the limit", () => {
    const grid = peopleGrid(LIMITS.maxPeople);
    grid.rows.splice(1, 0, { number: 0, cells: ["【填写说明】每人一行"] }, { number: 0, cells: ["", ""] });
    expect(readForm(grid, PEOPLE_FORM, "people.xlsx").issues).toEqual([]);
  });

  it("bounds the agenda form by the spec's agenda-item limit", () => {
    expect(ITEMS_FORM.maxRows).toBe(LIMITS.maxAgendaItems);
    expect(PEOPLE_FORM.maxRows).toBe(LIMITS.maxPeople);
  });
});

describe("inspectSpecWithImports: a form of 140,000 wrong rows", () => {
  // Each row's problem once went into one push(...spread) and overflowed the stack ("internal error").
  it("is refused with the limit first and the problems listed, not a RangeError", async () => {
    const dir = mkdtempSync(join(tmpdir(), "yishi-read-form-"));
    writeFileSync(join(dir, "spec.yaml"), "organization: { id: o, name: 区政府, jurisdiction: 钟山区 }\nimports: { people: people.csv }\npeople: [{ id: a, name: 甲, roles: [mayor] }]\n");
    const rows = ["编号,姓名,角色"];
    for (let k = 0; k < 140_000; k++) rows.push(`p${k},x,zz`);
    writeFileSync(join(dir, "people.csv"), `${rows.join("\n")}\n`);
    const inspected = await inspectSpecWithImports(join(dir, "spec.yaml"));
    expect(isYishiError(inspected.error)).toBe(true);
    const issues = inspected.error!.issues!;
    expect(issues).toHaveLength(MAX_ISSUES_LISTED + 1);
    expect(issues[0]!.message).toMatch(/^row 1: more data rows than a spec holds \(at most 2000 people\); rows from row 2002 on are not read$/);
    expect(issues[1]!.message).toMatch(/^row 2, column C \(角色\): /);
    expect(issues.at(-1)!.message).toBe(`… and ${LIMITS.maxPeople + 1 - MAX_ISSUES_LISTED} more problems (fix these first)`);
  });
});
