import { describe, expect, it } from "vitest";
import { buildSamplePlan, loadSampleSpec } from "./test-fixtures/sample-plan.js";
import { createCalendar } from "@yishi/calendar";
import { judgePlan, resolveProfile } from "@yishi/rules";
import { exportHtml } from "./html.js";
import { escapeHtml } from "./escape-html.js";

const plan = buildSamplePlan();
const spec = loadSampleSpec();

/** The inner HTML of the element with this id (first level only, enough for sections and cells). */
function byId(html: string, id: string): string {
  const start = html.indexOf(`id="${id}"`);
  if (start < 0) throw new Error(`no element #${id}`);
  const tagStart = html.lastIndexOf("<", start);
  const tag = /^<(\w+)/.exec(html.slice(tagStart))![1]!;
  return html.slice(html.indexOf(">", start) + 1, html.indexOf(`</${tag}>`, start));
}

describe("exportHtml", () => {
  const html = exportHtml(plan, spec);

  it("is one self-contained printable A4 page", () => {
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain("@page { size: A4;");
    expect(html).not.toMatch(/<script|<link|src="http|href="http/);
    expect(html).toContain("<h1>六盘水市钟山区人民政府 2026Q1 会议与值班安排</h1>");
  });

  it("shows the period month by month with holidays, adjusted days and meetings", () => {
    expect(html.match(/<section class="month">/g)).toHaveLength(3);
    expect(byId(html, "day-2026-02-17")).toContain('<span class="tag h">春节</span>');
    expect(html).toMatch(/<td id="day-2026-02-17" class="holiday">/);
    expect(byId(html, "day-2026-02-14")).toContain("春节调休上班");
    expect(byId(html, "day-2026-01-15")).toContain('href="#meeting-exec-1">09:00 区政府第1次常务会议</a>');
    expect(byId(html, "day-2026-03-12")).toContain('class="meeting cancelled"');
  });

  it("shows each meeting's agenda and the unplaced items", () => {
    const exec1 = byId(html, "meeting-exec-1");
    expect(exec1).toContain("<td>审议《钟山区2026年政府投资项目计划》</td><td>区发展和改革局</td><td>李娜</td>");
    expect(exec1).toContain("区政府4楼常务会议室");
    expect(html).toContain("<td>A13</td><td>研究区政务服务中心窗口调整</td>");
  });

  it("puts each violation beside what it concerns, with its citation", () => {
    const verdict = judgePlan({ plan, spec, profile: resolveProfile(spec.profile), calendar: createCalendar() });
    if (!verdict.checked) throw new Error("the sample plan must be judged");
    const cap = verdict.violations.findIndex((v) => v.rule === "executive.max-items") + 1;
    const coverage = verdict.violations.findIndex((v) => v.rule === "duty.daily-coverage") + 1;
    const exec6 = byId(html, "meeting-exec-6");
    expect(exec6).toContain("钟山区 第四十五条");
    expect(exec6).toContain(`href="#violation-${cap}"`);
    expect(byId(html, "day-2026-02-17")).toContain(`href="#violation-${coverage}"`);
    const list = byId(html, `violation-${cap}`);
    expect(list).toContain("<strong>钟山区 第四十五条</strong>");
    expect(list).toContain("<blockquote>区人民政府常务会议议题原则上每次不超过15个");
  });

  it("escapes everything taken from the plan and the spec", () => {
    const evil = buildSamplePlan();
    evil.meetings[0]!.title = `<script>alert("x")</script>`;
    const evilSpec = loadSampleSpec();
    // A14 breaks 钟山区 第十八条, so its title reaches a violation's message.
    evilSpec.agendaItems.find((i) => i.id === "A14")!.title = `a & b <img src=x onerror=1>`;
    const out = exportHtml(evil, evilSpec);
    expect(out).not.toContain("<script>");
    expect(out).not.toContain("<img");
    expect(out).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(out).toContain("a &amp; b &lt;img src=x onerror=1&gt;");
    expect(escapeHtml(`'`)).toBe("&#39;");
  });

  it("shows the verdict judged at export, never the one stored in the plan file", () => {
    // The sample's file stores 3 hand-written violations; the checker finds 26 (among them 黄敏, an office director, on the leaders-only post every Wednesday).
    const emptied = { ...buildSamplePlan(), violations: [] };
    const out = exportHtml(emptied, spec);
    expect(out).not.toContain("未发现违反规则");
    expect(out).toContain("违反规则 26 条");
    expect(out).toContain("计划文件未记录其检查依据");
    expect(byId(out, "meeting-exec-6")).toContain("钟山区 第四十五条");
  });

  it("says plainly that a plan exported without its spec was not checked", () => {
    const out = exportHtml(buildSamplePlan());
    expect(out).toContain("未检查：未提供规格文件");
    expect(out).not.toContain("未发现违反规则");
    expect(out).not.toContain('class="violation-note"');
  });

  it("is deterministic", () => {
    expect(exportHtml(buildSamplePlan(), loadSampleSpec())).toBe(html);
  });
});

describe("exportHtml print layout", () => {
  const html = exportHtml(buildSamplePlan(), loadSampleSpec());

  it("numbers the printed pages and keeps headings with what follows them", () => {
    expect(html).toMatch(/@page \{[^}]*@bottom-center \{ content: "第 " counter\(page\) " 页，共 " counter\(pages\) " 页"/);
    expect(html).toMatch(/h1, h2, h3 \{ break-after: avoid;/);
  });

  it("gives every table column a fixed share of the page, none narrower than a two-character word", () => {
    const tables = [...html.matchAll(/<table class="fixed"><colgroup>(.*?)<\/colgroup>/g)].map((m) => [...m[1]!.matchAll(/width:([\d.]+)%/g)].map((w) => Number(w[1])));
    expect(tables.length).toBeGreaterThanOrEqual(3); // roster, recurring duties, unplaced items
    for (const widths of tables) {
      expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
      // 6 % of 190 mm is 11.4 mm: two Chinese characters at 10.5 pt with the padding.
      expect(Math.min(...widths)).toBeGreaterThanOrEqual(6);
    }
  });
});
