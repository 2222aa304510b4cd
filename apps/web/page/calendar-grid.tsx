import type { ComponentChildren } from "preact";
import { memo } from "preact/compat";
import { useEffect, useMemo, useRef } from "preact/hooks";
import type { PlannedMeeting } from "@yishi/domain";
import type { SnapshotDay } from "@yishi/domain";
import { eachDay } from "@yishi/calendar";
import type { Workbench } from "./workbench.js";

const DRAG_TYPE = "application/x-yishi-meeting";

export function dayKindText(wb: Workbench, day: SnapshotDay): string {
  const holiday = day.holiday?.[wb.lang] ?? "";
  if (day.kind === "holiday") return `${holiday} ${wb.t.holiday}`.trim();
  if (day.kind === "adjusted-workday") return `${holiday} ${wb.t.adjusted}`.trim();
  return day.kind === "weekend" ? wb.t.weekend : wb.t.workday;
}

const KIND_CLASS = { holiday: "holiday", "adjusted-workday": "adjusted", weekend: "weekend", workday: "" } as const;

/** What a day cell draws: every prop a value or a reference that stays the same while the day is unchanged. */
interface DayCellProps {
  date: string;
  day: SnapshotDay;
  meetings: readonly PlannedMeeting[];
  /** How many violations concern the day, and their articles (shown on hover). */
  flagCount: number;
  flagTitle: string;
  brokenMeetings: string;
  selected: boolean;
  chosenMeeting: string | undefined;
  leaders: string;
  lang: Workbench["lang"];
  editable: boolean;
  actions: CellActions;
}

/** The cell's callbacks, made once per page: a cell redraws only when what it shows changes. */
export interface CellActions {
  t: () => Workbench["t"];
  select(date: string): void;
  selectMeeting(date: string, id: string): void;
  drop(date: string, id: string): void;
  shift(id: string, days: number): void;
}

const sameCell = (a: DayCellProps, b: DayCellProps) =>
  a.date === b.date && a.day === b.day && a.flagCount === b.flagCount && a.flagTitle === b.flagTitle && a.brokenMeetings === b.brokenMeetings && a.selected === b.selected &&
  a.chosenMeeting === b.chosenMeeting && a.leaders === b.leaders && a.lang === b.lang && a.editable === b.editable && a.actions === b.actions &&
  a.meetings.length === b.meetings.length && a.meetings.every((m, i) => m === b.meetings[i]);

const DayCell = memo(function DayCell(props: DayCellProps) {
  const { date, day, meetings, actions, editable } = props;
  const t = actions.t();
  const broken = new Set(props.brokenMeetings.split(" "));
  const classes = ["day", KIND_CLASS[day.kind], props.selected ? "selected" : ""].filter(Boolean).join(" ");
  const holidayText = `${day.holiday?.[props.lang] ?? ""} ${day.kind === "holiday" ? t.holiday : day.kind === "adjusted-workday" ? t.adjusted : ""}`.trim();
  return (
    <td
      id={`day-${date}`}
      class={classes}
      data-date={date}
      tabIndex={0}
      title={day.kind === "weekend" ? t.weekend : day.kind === "workday" ? t.workday : holidayText}
      onClick={() => actions.select(date)}
      onKeyDown={(e) => { if (e.key === "Enter" && e.target === e.currentTarget) actions.select(date); }}
      onDragOver={(e) => { if (editable && e.dataTransfer?.types.includes(DRAG_TYPE)) e.preventDefault(); }}
      onDrop={(e) => {
        const id = e.dataTransfer?.getData(DRAG_TYPE);
        if (!id || !editable) return;
        e.preventDefault();
        actions.drop(date, id);
      }}
    >
      <span class="num">{Number(date.slice(8))}</span>
      {props.flagCount > 0 && <span class="flag" title={props.flagTitle}> ⚠{props.flagCount}</span>}
      {day.kind === "holiday" && <span class="mark holiday-name">{day.holiday?.[props.lang] ?? t.holiday}</span>}
      {day.kind === "adjusted-workday" && <span class="mark adjusted-name">{t.adjusted}</span>}
      {meetings.map((m) => (
        <span
          class={`chip${m.status === "cancelled" ? " cancelled" : ""}${m.extra ? " extra" : ""}${props.chosenMeeting === m.id ? " chosen" : ""}${broken.has(m.id) ? " broken" : ""}`}
          data-meeting={m.id}
          title={m.title}
          tabIndex={0}
          draggable={editable}
          onDragStart={(e) => { e.dataTransfer?.setData(DRAG_TYPE, m.id); if (e.dataTransfer) e.dataTransfer.effectAllowed = "move"; }}
          onClick={(e) => { e.stopPropagation(); actions.selectMeeting(m.date, m.id); }}
          onKeyDown={(e) => {
            if (!e.altKey || !editable) return;
            const step = ({ ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 } as Record<string, number>)[e.key];
            if (step === undefined) return;
            e.preventDefault();
            e.stopPropagation();
            actions.shift(m.id, step);
          }}
        >
          {m.pinned ? "📌" : ""}{m.start} {m.title}
        </span>
      ))}
      {props.leaders !== "" && <span class="chip duty">{t.lead}：{props.leaders}</span>}
    </td>
  );
}, sameCell);

/**
 * The period month by month. A meeting is dragged to another day (or moved
 * with Alt+arrows once focused); a day is clicked to open it. `inlineDetail`,
 * at phone width, is the open day's detail, shown right below its week.
 * Each day is a memoised cell: an edit redraws the days it changed.
 */
export function CalendarGrid({ wb, actions, inlineDetail }: { wb: Workbench; actions: CellActions; inlineDetail: ComponentChildren | undefined }) {
  const { plan, shown, t } = wb;
  const days = useMemo(() => new Map(wb.session.calendar.days.map((d) => [d.date, d])), [wb.session]);
  const byDate = useMemo(() => {
    const map = new Map<string, PlannedMeeting[]>();
    for (const m of shown.meetings) map.set(m.date, [...(map.get(m.date) ?? []), m]);
    return map;
  }, [shown.meetings]);
  const leaders = useMemo(() => {
    const leaderPost = plan.roster.some((r) => r.post === "leader") ? "leader" : plan.roster[0]?.post;
    const map = new Map<string, string[]>();
    for (const r of shown.roster) if (r.post === leaderPost) map.set(r.date, [...(map.get(r.date) ?? []), wb.names.person(r.person)]);
    return map;
  }, [shown.roster, plan.roster, wb.names]);
  const months = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const date of eachDay(plan.period.from, plan.period.to)) map.set(date.slice(0, 7), [...(map.get(date.slice(0, 7)) ?? []), date]);
    return map;
  }, [plan.period.from, plan.period.to]);
  const violations = wb.verdict.checked ? wb.verdict.violations : [];
  const citationsOf = (list: number[] | undefined) => (list ?? []).map((i) => violations[i]?.citation.article ?? "").join("；");
  const selectedMeeting = wb.selectedMeeting === undefined ? undefined : plan.meetings.find((m) => m.id === wb.selectedMeeting);
  const cell = (date: string) => {
    const meetings = byDate.get(date) ?? NONE;
    return (
      <DayCell
        key={date}
        date={date}
        day={days.get(date)!}
        meetings={meetings}
        flagCount={wb.index.byDate.get(date)?.length ?? 0}
        flagTitle={citationsOf(wb.index.byDate.get(date))}
        brokenMeetings={meetings.filter((m) => (wb.index.byMeeting.get(m.id)?.length ?? 0) > 0).map((m) => m.id).join(" ")}
        selected={wb.selected === date}
        chosenMeeting={selectedMeeting?.date === date ? selectedMeeting.id : undefined}
        leaders={leaders.get(date)?.join("、") ?? ""}
        lang={wb.lang}
        editable={wb.editable}
        actions={actions}
      />
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
          <div class="month" data-month={key} key={key}>
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

const NONE: readonly PlannedMeeting[] = [];

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
