import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCaptured } from "../test-run.js";

/**
 * `yishi validate` tells every problem in Chinese and in English: in text,
 * each line in the chosen language with the other beneath it; with --json,
 * each problem and issue carries `text: { zh, en }`. The Chinese is built
 * from the problem's parts (where, the field, the problem, expected, found),
 * never the English sentence left in place. The specs below reach every kind
 * of problem validate reports: a spec's shape, its own rules and references,
 * a form's header and cells, a file missing or not parsing, a profile and a
 * holiday file.
 */
const dir = mkdtempSync(join(tmpdir(), "yishi-validate-bilingual-"));
const write = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

write("regional.json", JSON.stringify({ year: "2026", days: [] }));
write("items.csv", "\ufeff编号,议题名称,承办单位,分管领导,申报日期,预计时长（分钟）,紧急\r\nA01,研究,u,a,下周三,半小时,是\r\n");
const SPECS = {
  shape: write(
    "shape.yaml",
    `organization: { id: o, name: 区政府, jurisdiction: 钟山区 }
profile: { base: default, overrides: [{ rule: no-monday, enabled: false }] }
calendar: { national: [missing-2030.json], regional: [regional.json] }
units: [{ id: u, name: 办公室 }]
people:
  - { id: a, name: 甲, roles: [mayer] }
  - { id: b, name: 乙, roles: [deputy], unit: nowhere, extra: 1 }
  - { id: b, name: 3, roles: [] }
  - { id: d, roles: [staff] }
absences:
  - { person: a, from: 2026-02-30, to: 2026-03-01, kind: travel }
  - { person: a, from: 2026-03-05, to: 2026-03-01, kind: travel }
bodies:
  - { id: e, name: 常务会议, type: executive, members: [a, ghost], convener: a }
series:
  - { id: s, name: 常务会议, type: executive, body: e, start: 9am }
agendaItem: []
`,
  ),
  forms: write("forms.yaml", `organization: { id: o, name: 区政府, jurisdiction: 钟山区 }\nimports: { agendaItems: items.csv, people: people.xlsx }\nunits: [{ id: u, name: 办公室 }]\npeople: [{ id: a, name: 甲, roles: [mayor] }]\n`),
  override: write("override.yaml", `organization: { id: o, name: 区政府, jurisdiction: 钟山区 }\nprofile: { base: default, overrides: [{ rule: no-such-rule, enabled: false, reason: 试验 }] }\npeople: [{ id: a, name: 甲, roles: [mayor] }]\n`),
  params: write("params.yaml", `organization: { id: o, name: 区政府, jurisdiction: 钟山区 }\nprofile: { base: default, overrides: [{ rule: no-monday, params: { nope: 1 } }] }\npeople: [{ id: a, name: 甲, roles: [mayor] }]\n`),
  conflict: write(
    "conflict.yaml",
    `organization: { id: o, name: 区政府, jurisdiction: 钟山区 }
profile:
  base: default
  rules:
    - { id: test.weekly, kind: cadence, check: cadence.every-n-weeks, scope: { meetingTypes: [executive] }, severity: hard, params: { weeks: 1 }, citation: { jurisdiction: 测试, article: 第一条, text: 每周一次 }, summary: { zh: 每周, en: weekly } }
people: [{ id: a, name: 甲, roles: [mayor] }]
`,
  ),
  profile: write("profile.yaml", `organization: { id: o, name: 区政府, jurisdiction: 钟山区 }\nprofile: { base: no-such-profile }\npeople: [{ id: a, name: 甲, roles: [mayor] }]\n`),
  duplicateKey: write("duplicate-key.yaml", `organization: { id: o, name: 区政府, jurisdiction: 钟山区 }\npeople: []\npeople: []\n`),
  truncated: write("truncated.json", `{ "organization": { "id": "o", "name": "区政府"`),
  missing: join(dir, "no-such-spec.yaml"),
};

/** English left in a Chinese line: two words in a row, once quoted values, `code`, paths and file names are taken out. */
function findEnglish(zh: string): string[] {
  const data = zh
    .replace(/"(?:[^"\\]|\\.)*"/g, "")
    .replace(/`[^`]*`/g, "")
    .replace(/\/[^\s：（]+/g, "");
  const word = "[A-Za-z]*[a-z][A-Za-z]*";
  return data.match(new RegExp(`${word}(?: ${word})+`, "g")) ?? [];
}

interface JsonProblem {
  code: string;
  text: { zh: string; en: string };
  message: string;
  issues: { message: string; text: { zh: string; en: string } }[];
}

async function validateJson(spec: string): Promise<JsonProblem[]> {
  const r = await runCaptured(["validate", spec, "--json"]);
  expect(r.code).toBe(2);
  return (JSON.parse(r.out) as { valid: boolean; problems: JsonProblem[] }).problems;
}

describe("yishi validate in Chinese and English", () => {
  it("gives every problem and every issue a Chinese line with no English sentence left in it", async () => {
    const seen: string[] = [];
    for (const spec of Object.values(SPECS)) {
      for (const problem of await validateJson(spec)) {
        seen.push(problem.code);
        expect(problem.text.en).toBe(problem.message);
        expect(problem.text.zh).toMatch(/\p{Script=Han}/u);
        expect(findEnglish(problem.text.zh), problem.text.zh).toEqual([]);
        for (const issue of problem.issues) {
          expect(issue.text.en).toContain(issue.message);
          expect(issue.text.zh, issue.text.en).toMatch(/\p{Script=Han}/u);
          // Every sentence of ours has its Chinese (no 原文); a parser's own sentence is quoted as its original, from the English line.
          expect(issue.text.zh, issue.text.en).not.toContain("（原文：");
          const quoted = /（解析器原文：(.*?)）/.exec(issue.text.zh);
          if (quoted !== null) expect(issue.text.en).toContain(quoted[1]);
          expect(findEnglish(issue.text.zh.replace(/（解析器原文：.*?）/, "")), `${issue.text.zh}\n${issue.text.en}`).toEqual([]);
        }
      }
    }
    expect(new Set(seen)).toEqual(new Set(["SPEC_INVALID", "PROFILE_INVALID", "PROFILE_UNKNOWN", "PROFILE_CONFLICT", "FILE_NOT_FOUND", "HOLIDAY_DATA_INVALID", "SPEC_PARSE"]));
  });

  it("says where, the field, the problem, what was expected and what was found, in Chinese", async () => {
    const [spec] = await validateJson(SPECS.shape);
    const zh = spec!.issues.map((i) => i.text.zh);
    expect(spec!.text.zh).toMatch(/shape\.yaml：规格有 \d+ 个问题$/);
    expect(zh).toContainEqual(expect.stringMatching(/shape\.yaml 第6行第\d+列：people\[0\]\.roles\[0\]：不是允许的取值（应为 "mayor", .* 之一，实为 "mayer"）$/));
    expect(zh).toContainEqual(expect.stringMatching(/people\[2\]\.name：类型不对（应为文本，实为 3）$/));
    expect(zh).toContainEqual(expect.stringMatching(/people\[3\]\.name：缺少必填字段（应为文本，实为无（缺少此字段））$/));
    expect(zh).toContainEqual(expect.stringMatching(/people\[1\]：未知字段 `extra`（是否拼写错误？）/));
    expect(zh).toContainEqual(expect.stringMatching(/（顶层）：未知字段 `agendaItem`（是否应为 `agendaItems`？）/));
    expect(zh).toContainEqual(expect.stringMatching(/absences\[0\]\.from：不是真实存在的日期（应为真实存在的日期（YYYY-MM-DD），实为 "2026-02-30"）$/));
    expect(zh).toContainEqual(expect.stringMatching(/series\[0\]\.start：格式不对（应为 HH:MM 格式的时间（24 小时制），实为 "9am"）$/));
  });

  it("prints each line in the chosen language with the other beneath it", async () => {
    const zh = await runCaptured(["validate", SPECS.profile]);
    expect(zh.code).toBe(2);
    const lines = zh.err.trim().split("\n");
    expect(lines[0]).toBe(`yishi: PROFILE_UNKNOWN: ${SPECS.profile}：profile.base：未知的规则配置 "no-such-profile"`);
    expect(lines[1]).toBe(`  ${SPECS.profile}: profile.base: unknown rule profile "no-such-profile"`);
    expect(lines[2]).toMatch(/^ {2}- .*profile\.yaml 第2行第18列：profile\.base：未知的规则配置（应为内置的规则配置：default, 钟山区 \(zhongshan\), .*，实为 "no-such-profile"）$/);
    expect(lines[3]).toMatch(/^ {4}.*profile\.yaml:2:18: profile\.base: unknown rule profile \(expected a shipped profile: default, .*, found "no-such-profile"\)$/);
    expect(lines.at(-1)).toMatch(/：无效，共 1 个问题（规则配置 1 个）$/);

    const en = await runCaptured(["validate", SPECS.profile, "--lang", "en"]);
    const enLines = en.err.trim().split("\n");
    expect(enLines.slice(0, 4)).toEqual([lines[1]!.replace(/^ {2}/, "yishi: PROFILE_UNKNOWN: "), lines[0]!.replace(/^yishi: PROFILE_UNKNOWN: /, "  "), lines[3]!.replace(/^ {4}/, "  - "), lines[2]!.replace(/^ {2}- /, "    ")]);
  });

  it("gives a profile's contradictions in the rules' own Chinese", async () => {
    const [conflict] = await validateJson(SPECS.conflict);
    expect(conflict).toMatchObject({ code: "PROFILE_CONFLICT", text: { zh: "规则配置 default 自相矛盾（1 处）", en: "profile default contradicts itself in 1 place(s)" } });
    expect(conflict!.issues[0]!.text.zh).toBe(`${SPECS.conflict}：profile：executive.cadence（钟山区 第四十条）× test.weekly（测试 第一条）：每2周与每1周不能同时成立`);
    expect(conflict!.issues[0]!.text.en).toBe(`${SPECS.conflict}: profile: executive.cadence (钟山区 第四十条) × test.weekly (测试 第一条): every 2 weeks and every 1 weeks cannot both hold`);
  });

  it("reports a file that cannot be read or parsed the same way, as data with --json", async () => {
    const [missing] = await validateJson(SPECS.missing);
    expect(missing).toMatchObject({ code: "FILE_NOT_FOUND", text: { zh: `文件 ${SPECS.missing} 不存在` } });
    const [parse] = await validateJson(SPECS.duplicateKey);
    expect(parse!.code).toBe("SPEC_PARSE");
    expect(parse!.issues.map((i) => i.text.zh)).toContainEqual(expect.stringMatching(/duplicate-key\.yaml 第3行第1列：（顶层）：无法解析：同一层的键不能重复（"people" 再次出现）$/));
  });

  it("names a form's sheet, row and column in Chinese", async () => {
    const [forms] = await validateJson(SPECS.forms);
    const zh = forms!.issues.map((i) => i.text.zh);
    expect(zh).toContainEqual(expect.stringMatching(/items\.csv 第1行第7列：（顶层）：第 1 行 G 列：未知的列标题/));
    expect(zh).toContainEqual(expect.stringMatching(/items\.csv 第2行第5列：agendaItems\.filedOn：第 2 行 E 列（申报日期）：不是日期（应为日期，如 2026-03-05、2026\/3\/5、2026年3月5日 或 Excel 日期，实为 "下周三"）$/));
    expect(zh).toContainEqual(expect.stringMatching(/imports\.people：.*people\.xlsx：找不到文件（实为 "people\.xlsx"）$/));
  });
});
