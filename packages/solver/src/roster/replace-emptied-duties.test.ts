import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { addFacts, loadSpec, type Absence, type Plan } from "@yishi/domain";
import { loadSpecCalendar, parsePeriod } from "@yishi/calendar";
import { check, resolveProfile } from "@yishi/rules";
import { createPlan } from "../plan/create-plan.js";
import { replaceEmptiedDuties } from "./replace-emptied-duties.js";

/**
 * A leader falls ill for a week: every duty of theirs in it is replaced
 * (房山区 第七十四条 可与其他区领导调换), one after another on the roster the
 * earlier replacements left, and the independent checker finds the result
 * as clean as the plan was.
 */
const loaded = loadSpec(fileURLToPath(new URL("../../../../examples/zhongshan-2026q1.yaml", import.meta.url)));
const calendar = loadSpecCalendar(loaded);
const profile = resolveProfile(loaded.spec.profile);
const period = parsePeriod("2026Q1");
let plan: Plan;

beforeAll(async () => {
  plan = await createPlan({ spec: loaded.spec, profile, calendar, period });
}, 60_000);

const hard = (spec: typeof loaded.spec, p: Plan) => check(spec, p, profile, { calendar }).filter((v) => v.severity === "hard").map((v) => `${v.code}: ${v.message.en}`);

describe("replaceEmptiedDuties", () => {
  it("replaces every duty a fortnight's sick leave empties, and the whole keeps every rule", () => {
    // The leader with the most duties in the first half of March.
    const window = { from: "2026-03-02", to: "2026-03-15" };
    const inWindow = plan.roster.filter((a) => a.post === "leader" && a.date >= window.from && a.date <= window.to);
    const person = [...new Set(inWindow.map((a) => a.person))].sort((a, b) => inWindow.filter((x) => x.person === b).length - inWindow.filter((x) => x.person === a).length)[0]!;
    const ill: Absence = { person, ...window, kind: "sick", approved: true };
    const spec = addFacts(loaded.spec, { absences: [ill] });
    expect(hard(loaded.spec, plan)).toEqual([]);
    expect(hard(spec, plan).length).toBeGreaterThan(0);

    const result = replaceEmptiedDuties({ spec, profile, calendar, plan, absences: [ill] });
    const emptied = plan.roster.filter((a) => a.person === person && a.date >= window.from && a.date <= window.to);
    expect(result.duties.map((d) => `${d.date} ${d.post}`)).toEqual(emptied.map((a) => `${a.date} ${a.post}`));
    expect(emptied.length).toBeGreaterThanOrEqual(2);
    for (const d of result.duties) expect(d.candidates.length).toBeGreaterThan(0);
    expect(result.roster.some((a) => a.person === person && a.date >= window.from && a.date <= window.to)).toBe(false);
    expect(hard(spec, { ...plan, roster: result.roster })).toEqual([]);
  });

  it("lists the reception turns the absence empties, which only a re-plan reassigns", () => {
    const turn = plan.recurringDuties[3]!;
    const ill: Absence = { person: turn.person, from: turn.date, to: turn.date, kind: "sick", approved: true };
    const result = replaceEmptiedDuties({ spec: addFacts(loaded.spec, { absences: [ill] }), profile, calendar, plan, absences: [ill] });
    expect(result.recurring).toEqual([turn]);
  });

  it("replaces nothing when the absence empties no duty", () => {
    const result = replaceEmptiedDuties({ spec: loaded.spec, profile, calendar, plan, absences: [] });
    expect(result).toEqual({ duties: [], roster: plan.roster, recurring: [] });
  });
});
