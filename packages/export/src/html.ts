import { dateOf, daysInMonth, eachDay, weekdayOf, WEEKDAY_NAMES } from "@yishi/calendar";
import type { Plan, PlannedMeeting, PlanVerdict, Spec, Violation } from "@yishi/domain";
import { describeStoredVerdict } from "@yishi/rules";
import { escapeHtml as e } from "./escape-html.js";
import { renderColumnGroup } from "./html-columns.js";
import { REPORT_CSS } from "./html-style.js";
import { citationText, createPlanContext, severityZh, type ExportOptions, type PlanContext } from "./plan-context.js";
import { buildRecurringTable, buildRosterTable, buildUnplacedTable, describeSubjects, type PlanTable } from "./tables.js";

function anchor(kind: "day" | "meeting" | "violation", id: string): string {
  return `${kind}-${id.replace(/[^\p{L}\p{N}_-]+/gu, "-")}`;
}

/** Violations indexed by what they concern, so each is shown beside it. */
function indexViolations(violations: readonly Violation[]) {
  const byDate = new Map<string, number[]>();
  const byMeeting = new Map<string, number[]>();
  violations.forEach((v, i) => {
    for (const d of v.subjects.dates) byDate.set(d, [...(byDate.get(d) ?? []), i]);
    for (const m of v.subjects.meetings) byMeeting.set(m, [...(byMeeting.get(m) ?? []), i]);
  });
  return { byDate, byMeeting };
}

function violationRef(i: number): string {
  return `<a class="flag" href="#${anchor("violation", String(i + 1))}">⚠${i + 1}</a>`;
}

/** Seven equal days: a day with a long meeting title must not narrow the others. */
const MONTH_COLUMNS = `<colgroup>${`<col style="width:${(100 / 7).toFixed(2)}%">`.repeat(7)}</colgroup>`;

/** An agenda's columns, widths in characters as the workbook's 议程 sheet gives them. */
const AGENDA_HEADERS = ["序号", "开始", "分钟", "议题", "承办单位", "分管领导"];
const AGENDA_TABLE_HEAD = `${renderColumnGroup(AGENDA_HEADERS, [6, 8, 6, 40, 20, 10])}<thead><tr>${AGENDA_HEADERS.map((h) => `<th>${h}</th>`).join("")}</tr></thead>`;

function renderMonth(ctx: PlanContext, year: number, month: number, byDate: Map<string, number[]>): string {
  const { plan } = ctx;
  const meetingsOn = new Map<string, PlannedMeeting[]>();
  for (const m of plan.meetings) meetingsOn.set(m.date, [...(meetingsOn.get(m.date) ?? []), m]);
  const cells: string[] = Array.from({ length: weekdayOf(dateOf(year, month, 1)) - 1 }, () => `<td class="out"></td>`);
  for (let d = 1; d <= daysInMonth(year, month); d++) {
    const date = dateOf(year, month, d);
    if (date < plan.period.from || date > plan.period.to) {
      cells.push(`<td class="out"><span class="day-num">${d}</span></td>`);
      continue;
    }
    const day = ctx.describeDay(date);
    const cls = day.kind === "holiday" ? "holiday" : day.kind === "adjusted-workday" ? "adjusted" : "";
    const tag = day.kind === "holiday" ? `<span class="tag h">${e(day.holiday?.zh ?? "假")}</span>` : day.kind === "adjusted-workday" ? `<span class="tag a">${e(day.holiday?.zh ?? "")}调休上班</span>` : "";
    const meetings = (meetingsOn.get(date) ?? [])
      .map((m) => `<a class="meeting${m.status === "cancelled" ? " cancelled" : ""}" href="#${anchor("meeting", m.id)}">${e(m.start)} ${e(m.title)}</a>`)
      .join("");
    const leader = plan.roster.filter((r) => r.date === date && r.post === (ctx.spec?.duty.posts.find((p) => p.leadersOnly)?.id ?? "leader"));
    const duty = leader.length > 0 ? `<span class="tag">带班：${e(leader.map((r) => ctx.personName(r.person)).join("、"))}</span>` : "";
    const flags = (byDate.get(date) ?? []).map(violationRef).join(" ");
    cells.push(`<td id="${anchor("day", date)}" class="${cls}"><span class="day-num">${d}</span> ${flags}${tag}${meetings}${duty}</td>`);
  }
  while (cells.length % 7 !== 0) cells.push(`<td class="out"></td>`);
  const rows: string[] = [];
  for (let i = 0; i < cells.length; i += 7) rows.push(`<tr>${cells.slice(i, i + 7).join("")}</tr>`);
  return `<section class="month"><h3>${year}年${month}月</h3><table class="fixed">${MONTH_COLUMNS}<thead><tr>${WEEKDAY_NAMES.zhShort.map((w) => `<th>${w}</th>`).join("")}</tr></thead><tbody>${rows.join("")}</tbody></table></section>`;
}

function renderTable(table: PlanTable, flagsOfRow?: (row: string[]) => string): string {
  const head = table.headers.map((h) => `<th>${e(h)}</th>`).join("");
  const body = table.rows
    .map((row) => {
      const note = row[2] ?? "";
      const cls = table.name === "roster" && note !== "" && note !== "休息日" ? (note.endsWith("调休上班") ? ' class="adjusted"' : ' class="holiday"') : "";
      const id = table.name === "roster" ? ` id="${anchor("day", `roster-${row[0] ?? ""}`)}"` : "";
      return `<tr${cls}${id}>${row.map((c, i) => `<td>${e(c)}${i === 0 && flagsOfRow ? flagsOfRow(row) : ""}</td>`).join("")}</tr>`;
    })
    .join("");
  return `<table class="fixed">${renderColumnGroup(table.headers, table.widths)}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function renderViolationNote(v: Violation, i: number): string {
  return `<div class="violation-note"><span class="${v.severity}">${violationRef(i)} ${e(severityZh(v))}</span> ${e(v.message.zh)}${v.message.zh.includes(citationText(v)) ? "" : `（${e(citationText(v))}）`}</div>`;
}

function renderMeeting(ctx: PlanContext, m: PlannedMeeting, notes: string): string {
  const day = ctx.describeDay(m.date);
  const items = [...m.agenda].sort((a, b) => a.order - b.order)
    .map((a) => `<tr><td>${a.order}</td><td>${e(a.start)}</td><td>${a.minutes}</td><td>${e(ctx.itemTitle(a.item))}</td><td>${e(ctx.itemUnit(a.item))}</td><td>${e(ctx.itemLeader(a.item))}</td></tr>`)
    .join("");
  const facts = [
    `${m.date} 星期${WEEKDAY_NAMES.zhShort[day.weekday - 1]} ${m.start}–${m.end}`,
    ctx.roomName(m.room),
    m.convener === undefined ? "" : `召集人：${ctx.personName(m.convener)}`,
    m.absent.length === 0 ? "" : `缺席：${m.absent.map((a) => ctx.personName(a.person)).join("、")}`,
    m.quorum === undefined ? "" : `到会 ${m.quorum.present}/${m.quorum.members}${m.quorum.holds ? "" : "（不足法定人数）"}`,
  ].filter((s) => s !== "");
  return `<section class="agenda" id="${anchor("meeting", m.id)}"><h3>${e(m.title)}${m.status === "cancelled" ? "（已取消）" : ""}${m.extra === undefined ? "" : `（临时召开：${e(m.extra.reason)}）`}</h3>
<p>${facts.map(e).join(" · ")}${m.note === undefined ? "" : `<br>备注：${e(m.note)}`}</p>${notes}
${items === "" ? "<p>（无议题）</p>" : `<table class="fixed">${AGENDA_TABLE_HEAD}<tbody>${items}</tbody></table>`}</section>`;
}

/**
 * The verdict judged at export: the list, "none found" only when the plan was
 * checked, and a plain "not checked" without a spec; a note when the plan
 * file's own verdict was judged against something else.
 */
function renderVerdict(verdict: PlanVerdict, items: string): string {
  if (!verdict.checked) return `<p class="unchecked">${e(verdict.reason.zh)}<br><small>${e(verdict.reason.en)}</small></p>`;
  const stored = describeStoredVerdict(verdict);
  const note = stored === undefined ? "" : `<p class="meta">${e(stored.zh)}</p>\n`;
  return `${note}${verdict.violations.length === 0 ? `<p>按规则配置 ${e(verdict.profile)} 检查，未发现违反规则。</p>` : `<ol class="violations">${items}</ol>`}`;
}

/**
 * One self-contained, printable (A4) HTML page: the period month by month,
 * the duty roster, every meeting's agenda, the unplaced items and the
 * violations, each also flagged beside the day or meeting it concerns, with
 * its citation and the article's words. Everything from the plan is escaped.
 */
export function exportHtml(plan: Plan, spec?: Spec, options: ExportOptions = {}): string {
  const ctx = createPlanContext(plan, spec, options);
  const { verdict, violations: found } = ctx;
  const { byDate, byMeeting } = indexViolations(found);
  const months: string[] = [];
  for (const date of eachDay(plan.period.from, plan.period.to)) {
    const [y, m, d] = date.split("-").map(Number) as [number, number, number];
    if (d === 1 || date === plan.period.from) months.push(renderMonth(ctx, y, m, byDate));
  }
  const meetings = plan.meetings.map((m) => renderMeeting(ctx, m, (byMeeting.get(m.id) ?? []).map((i) => renderViolationNote(found[i]!, i)).join(""))).join("\n");
  const violations = found
    .map((v, i) => `<li id="${anchor("violation", String(i + 1))}"><span class="${v.severity}">${i + 1}. ${e(severityZh(v))}</span> <strong>${e(citationText(v))}</strong>：${e(v.message.zh)}<br><small>${e(v.message.en)}</small>
<blockquote>${e(v.citation.text)}</blockquote>${v.explanation === undefined ? "" : `<div>处理建议：${e(v.explanation.zh)}</div>`}<div>涉及：${e(describeSubjects(ctx, v))}</div></li>`)
    .join("\n");
  const rosterFlags = (row: string[]) => (byDate.get(row[0] ?? "") ?? []).map((i) => ` ${violationRef(i)}`).join("");
  const unplaced = buildUnplacedTable(ctx);
  const recurring = buildRecurringTable(ctx);
  const title = `${ctx.organizationName} ${plan.period.label} 会议与值班安排`;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<h1>${e(title)}</h1>
${ctx.provisionalNote ? `<p class="unchecked">${e(ctx.provisionalNote.zh)}<br><small>${e(ctx.provisionalNote.en)}</small></p>\n` : ""}<p class="meta">${e(plan.period.from)} 至 ${e(plan.period.to)} · 规则：${e(plan.profile)} · 会议 ${plan.meetings.length} 次 · ${verdict.checked ? `违反规则 ${found.length} 条` : "未检查"}</p>
<h2>日历</h2>
${months.join("\n")}
<h2>${e(buildRosterTable(ctx).title)}</h2>
${renderTable(buildRosterTable(ctx), rosterFlags)}
${recurring.rows.length === 0 ? "" : `<h2>${e(recurring.title)}</h2>\n${renderTable(recurring)}`}
<h2>会议议程</h2>
${meetings}
<h2>未安排议题</h2>
${unplaced.rows.length === 0 ? "<p>全部议题均已安排。</p>" : renderTable(unplaced)}
<h2>违反规则</h2>
${renderVerdict(verdict, violations)}
</body>
</html>
`;
}
