import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";
import type { PlannedMeeting } from "@yishi/domain";
import type { SnapshotDay } from "@yishi/domain";
import { eachDay } from "@yishi/calendar";
import { shiftMeeting, type Workbench } from "./app.js";
import { moveMeeting } from "./edits.js";

const DRAG_TYPE = "application/x-yishi-meeting";

export function dayKindText(wb: Workbench, day: SnapshotDay): string {
  const holiday = day.holiday?.[wb.lang] ?? "";
  if (day.kind === "holiday") return `${holiday} ${wb.t.holiday}`.trim();
  if (day.kind === "adjusted-workday") return `${holiday} ${wb.t.adjusted}`.trim();
  return day.kind === "weekend" ? wb.t.weekend : wb.t.workday;
}

const KIND_CLASS = { holiday: "holiday", "adjusted-workday": "adjusted", weekend: "weekend", workday: "" } as const;

/**
 * The period month by month. A meeting is dragged to another day (or moved
 * with Alt+arrows once focused); a day is clicked to open it. `inlineDetail`,
 * at phone width, is the open day's detail, shown right below its week.
 */
export function CalendarGrid({ wb, inlineDetail }: { wb: Workbench; inlineDetail: ComponentChildren | undefined }) {
  const { plan, shown, t } = wb;
  const days = new Map(wb.session.calendar.days.map((d) => [d.date, d]));
  const byDate = new Map<string, PlannedMeeting[]>();
  for (const m of shown.meetings) byDate.set(m.date, [...(byDate.get(m.date) ?? []), m]);
  const leaderPost = plan.roster.some((r) => r.post === "leader") ? "leader" : plan.roster[0]?.post;
  const leaders = new Map<string, string[]>();
  for (const r of shown.roster) if (r.post === leaderPost) leaders.set(r.date, [...(leaders.get(r.date) ?? []), wb.names.person(r.person)]);
  const months = new Map<string, string[]>();
  for (const date of eachDay(plan.period.from, plan.period.to)) {
    const key = date.slice(0, 7);
    months.set(key, [...(months.get(key) ?? []), date]);
  }

  const drop = (date: string) => (e: DragEvent) => {
    const id = e.dataTransfer?.getData(DRAG_TYPE);
    if (!id || !wb.editable) return;
    e.preventDefault();
    wb.edit((p) => moveMeeting(p, wb.session.spec, id, { date }));
    wb.selectDay(date);
    wb.selectMeeting(id);
  };

  const cell = (date: string) => {
    const day = days.get(date)!;
    const flags = wb.index.byDate.get(date) ?? [];
    const classes = ["day", KIND_CLASS[day.kind], wb.selected === date ? "selected" : ""].filter(Boolean).join(" ");
    return (
      <td
        id={`day-${date}`}
        class={classes}
        data-date={date}
        tabIndex={0}
        title={dayKindText(wb, day)}
        onClick={() => wb.selectDay(date)}
        onKeyDown={(e) => { if (e.key === "Enter" && e.target === e.currentTarget) wb.selectDay(date); }}
        onDragOver={(e) => { if (wb.editable && e.dataTransfer?.types.includes(DRAG_TYPE)) e.preventDefault(); }}
        onDrop={drop(date)}
      >
        <span class="num">{Number(date.slice(8))}</span>
        {flags.length > 0 && <span class="flag" title={flags.map((i) => wb.verdict.checked ? wb.verdict.violations[i]?.citation.article ?? "" : "").join(" ")}> ⚠{flags.length}</span>}
        {day.kind === "holiday" && <span class="mark holiday-name">{day.holiday?.[wb.lang] ?? t.holiday}</span>}
        {day.kind === "adjusted-workday" && <span class="mark adjusted-name">{t.adjusted}</span>}
        {(byDate.get(date) ?? []).map((m) => (
          <span
            class={`chip${m.status === "cancelled" ? " cancelled" : ""}${m.extra ? " extra" : ""}${wb.selectedMeeting === m.id ? " chosen" : ""}${(wb.index.byMeeting.get(m.id)?.length ?? 0) > 0 ? " broken" : ""}`}
            data-meeting={m.id}
            title={m.title}
            tabIndex={0}
            draggable={wb.editable}
            onDragStart={(e) => { e.dataTransfer?.setData(DRAG_TYPE, m.id); if (e.dataTransfer) e.dataTransfer.effectAllowed = "move"; }}
            onClick={(e) => { e.stopPropagation(); wb.selectDay(m.date); wb.selectMeeting(m.id); }}
            onKeyDown={(e) => {
              if (!e.altKey || !wb.editable) return;
              const step = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 }[e.key];
              if (step === undefined) return;
              e.preventDefault();
              e.stopPropagation();
              shiftMeeting(wb, m.id, step);
              wb.selectMeeting(m.id);
              // Keep the keyboard on the meeting where it went.
              requestAnimationFrame(() => document.querySelector<HTMLElement>(`.chip[data-meeting="${CSS.escape(m.id)}"]`)?.focus());
            }}
          >
            {m.pinned ? "📌" : ""}{m.start} {m.title}
          </span>
        ))}
        {leaders.has(date) && <span class="chip duty">{t.lead}：{leaders.get(date)!.join("、")}</span>}
      </td>
    );
  };

  return (
    <div class="months">
      {[...months].map(([key, dates]) => {
        const [y, mo] = key.split("-").map(Number) as [number, number];
        const cells: (string | undefined)[] = [];
        for (let i = 1; i < days.get(dates[0]!)!.weekday; i++) cells.push(undefined);
        cells.push(...dates);
        while (cells.length % 7) cells.push(undefined);
        const weeks: (string | undefined)[][] = [];
        for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
        return (
          <div class="month" data-month={key}>
            <h3>{t.month(y, mo)}</h3>
            <table>
              <thead><tr>{t.weekdays.map((w) => <th>{w}</th>)}</tr></thead>
              <tbody>
                {weeks.map((week) => [
                  <tr>{week.map((d) => (d === undefined ? <td class="empty" /> : cell(d)))}</tr>,
                  inlineDetail !== undefined && wb.selected !== undefined && week.includes(wb.selected) ? (
                    <InlineDetail date={wb.selected}>{inlineDetail}</InlineDetail>
                  ) : null,
                ])}
              </tbody>
            </table>
          </div>
        );
      })}
    </div>
  );
}

/** At phone width, the tapped day's detail as a row under its week, scrolled into view when a day is tapped. */
function InlineDetail({ date, children }: { date: string; children: ComponentChildren }) {
  const row = useRef<HTMLTableRowElement>(null);
  useEffect(() => row.current?.scrollIntoView({ block: "nearest" }), [date]);
  return (
    <tr class="inline-detail" ref={row}>
      <td colSpan={7} id="detail">{children}</td>
    </tr>
  );
}
