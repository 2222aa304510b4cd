import { useState } from "preact/hooks";
import { AbsenceKind, formatCitation, type Violation } from "@yishi/domain";
import { eachDay } from "@yishi/calendar";
import type { Workbench } from "./workbench.js";
import { addAbsence, addBlackout, moveItem, removeFact } from "./edits.js";

function violationsOf(wb: Workbench): Violation[] {
  return wb.verdict.checked ? wb.verdict.violations : [];
}

/** The article and message of each violation listed, beside what it concerns. */
export function ViolationNotes({ wb, list }: { wb: Workbench; list: number[] }) {
  const all = violationsOf(wb);
  return (
    <>
      {list.map((i) => {
        const v = all[i];
        if (v === undefined) return null;
        return (
          <p class={`flag violation-note ${v.severity}`} data-code={v.code}>
            ⚠{i + 1} {formatCitation(v.citation)}：{v.message[wb.lang]}
          </p>
        );
      })}
    </>
  );
}

/** Every violation with its article; a click opens the day it concerns. */
export function ViolationList({ wb }: { wb: Workbench }) {
  const { verdict, t, lang } = wb;
  if (!verdict.checked) return <ul id="violations"><li class="unchecked">{verdict.reason[lang]}</li></ul>;
  if (verdict.violations.length === 0) return <ul id="violations"><li class="none">{t.noViolations}</li></ul>;
  const meetings = new Map(wb.plan.meetings.map((m) => [m.id, m]));
  return (
    <ol id="violations">
      {verdict.violations.map((v, i) => {
        const dates = [...new Set([...v.subjects.meetings.map((id) => meetings.get(id)?.date).filter((d): d is string => d !== undefined), ...v.subjects.dates])].sort();
        const open = () => {
          if (dates[0] === undefined) return;
          wb.selectDay(dates[0]);
          if (v.subjects.meetings[0]) wb.selectMeeting(v.subjects.meetings[0]);
          document.getElementById(`day-${dates[0]}`)?.scrollIntoView({ block: "center" });
        };
        return (
          <li class={`violation ${v.severity}`} data-code={v.code} data-index={i} tabIndex={0} onClick={open} onKeyDown={(e) => { if (e.key === "Enter") open(); }}>
            <span class="severity">{v.severity === "hard" ? t.hard : t.soft}</span>
            <span class="citation">{formatCitation(v.citation)}</span>
            {dates[0] && <span class="dates">{dates.length > 1 ? `${dates[0]}…${dates.at(-1)}` : dates[0]} </span>}
            <span class="message">{v.message[lang]}</span>
            <blockquote>{v.citation.text}</blockquote>
          </li>
        );
      })}
    </ol>
  );
}

/** Facts learnt since planning: a leader's leave or trip, a blackout. The plan is re-judged with them at once. */
export function FactsPanel({ wb }: { wb: Workbench }) {
  const { t, names } = wb;
  const people = Object.entries(wb.session.view.people);
  const [person, setPerson] = useState(people[0]?.[0] ?? "");
  const [kind, setKind] = useState<AbsenceKind>("leave");
  const [from, setFrom] = useState(wb.selected ?? wb.plan.period.from);
  const [to, setTo] = useState(wb.selected ?? wb.plan.period.from);
  const [reason, setReason] = useState("");
  const [bFrom, setBFrom] = useState(wb.plan.period.from);
  const [bTo, setBTo] = useState(wb.plan.period.from);
  const [bName, setBName] = useState("");
  const facts = wb.plan.facts ?? { absences: [], blackouts: [] };
  const inPeriod = { min: wb.plan.period.from, max: wb.plan.period.to };
  return (
    <div class="facts">
      <form id="add-absence" onSubmit={(e) => {
        e.preventDefault();
        if (to < from) return;
        wb.edit((p) => addAbsence(p, wb.session.spec, { person, from, to, kind, approved: true, ...(reason.trim() ? { reason: reason.trim() } : {}) }));
        wb.selectDay(from);
      }}>
        <h5>{t.addLeave}</h5>
        <select aria-label={t.person} name="person" value={person} onChange={(e) => setPerson(e.currentTarget.value)}>
          {people.map(([id, name]) => <option value={id}>{name}</option>)}
        </select>
        <select aria-label={t.kind} name="kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as AbsenceKind)}>
          {AbsenceKind.options.map((k) => <option value={k}>{t.absenceKinds[k]}</option>)}
        </select>
        <input type="date" aria-label={t.from} name="from" {...inPeriod} value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
        <input type="date" aria-label={t.to} name="to" {...inPeriod} value={to} onInput={(e) => setTo(e.currentTarget.value)} />
        <input aria-label={t.reason} name="reason" placeholder={t.reason} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
        <button type="submit">{t.add}</button>
      </form>
      <form id="add-blackout" onSubmit={(e) => {
        e.preventDefault();
        if (bTo < bFrom || !bName.trim()) return;
        wb.edit((p) => addBlackout(p, { from: bFrom, to: bTo, name: bName.trim(), meetingTypes: [], series: [] }));
      }}>
        <h5>{t.addBlackout}</h5>
        <input type="date" aria-label={t.from} {...inPeriod} value={bFrom} onInput={(e) => setBFrom(e.currentTarget.value)} />
        <input type="date" aria-label={t.to} {...inPeriod} value={bTo} onInput={(e) => setBTo(e.currentTarget.value)} />
        <input aria-label={t.name} placeholder={t.name} value={bName} onInput={(e) => setBName(e.currentTarget.value)} />
        <button type="submit">{t.add}</button>
      </form>
      <ul class="fact-list">
        {facts.absences.map((a, i) => (
          <li data-fact="absence">
            {names.person(a.person)} {t.absenceKinds[a.kind]} {a.from}–{a.to}{a.reason ? `（${a.reason}）` : ""}
            <button onClick={() => wb.edit((p) => removeFact(p, wb.session.spec, "absences", i))}>{t.remove}</button>
          </li>
        ))}
        {facts.blackouts.map((b, i) => (
          <li data-fact="blackout">
            {b.name} {b.from}–{b.to}
            <button onClick={() => wb.edit((p) => removeFact(p, wb.session.spec, "blackouts", i))}>{t.remove}</button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Items on no agenda, with why; each can be put on a meeting. */
export function UnplacedList({ wb }: { wb: Workbench }) {
  const { t, plan } = wb;
  if (plan.unplacedItems.length === 0) return <p class="note">{t.noUnplaced}</p>;
  const meetings = plan.meetings.filter((m) => m.status === "scheduled");
  return (
    <table class="data" id="unplaced">
      <thead><tr><th>{t.item}</th><th>{t.reason}</th><th /></tr></thead>
      <tbody>
        {plan.unplacedItems.map((u) => {
          const minutes = wb.session.spec?.agendaItems.find((i) => i.id === u.item)?.estimatedMinutes ?? 10;
          return (
            <tr data-item={u.item}>
              <td>{u.item} {wb.names.item(u.item)}</td>
              <td>{u.message[wb.lang]}</td>
              <td>
                {wb.editable && (
                  <select aria-label={t.addToMeeting} value="" onChange={(e) => { const to = e.currentTarget.value; if (to) wb.edit((p) => moveItemFromUnplaced(p, u.item, to, minutes)); }}>
                    <option value="">{t.addToMeeting}…</option>
                    {meetings.map((m) => <option value={m.id}>{m.date} {m.title}</option>)}
                  </select>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

const moveItemFromUnplaced = (plan: Workbench["plan"], item: string, to: string, minutes: number) => moveItem(plan, item, undefined, to, minutes);

/** The roster day by day, and each person's counts per post and on weekends and holidays. */
export function RosterTable({ wb }: { wb: Workbench }) {
  const { t, shown, names } = wb;
  const posts = [...new Set(shown.roster.map((r) => r.post))].sort();
  const days = new Map(wb.session.calendar.days.map((d) => [d.date, d]));
  const counts = new Map<string, { total: number; heavy: number; byPost: Map<string, number> }>();
  for (const r of shown.roster) {
    const c = counts.get(r.person) ?? { total: 0, heavy: 0, byPost: new Map() };
    c.total++;
    if (days.get(r.date)?.working === false) c.heavy++;
    c.byPost.set(r.post, (c.byPost.get(r.post) ?? 0) + 1);
    counts.set(r.person, c);
  }
  const rows = eachDay(shown.period.from, shown.period.to).filter((d) => shown.roster.some((r) => r.date === d));
  const byDay = new Map<string, Map<string, string[]>>();
  for (const r of shown.roster) {
    const day = byDay.get(r.date) ?? new Map<string, string[]>();
    day.set(r.post, [...(day.get(r.post) ?? []), r.person]);
    byDay.set(r.date, day);
  }
  return (
    <>
      <h3>{t.counts}</h3>
      <table class="data" id="counts">
        <thead><tr><th>{t.person}</th>{posts.map((p) => <th>{names.post(p)}</th>)}<th>{t.heavy}</th><th>{t.total}</th></tr></thead>
        <tbody>
          {[...counts].sort(([, a], [, b]) => b.total - a.total).map(([person, c]) => (
            <tr><td>{names.person(person)}</td>{posts.map((p) => <td>{c.byPost.get(p) ?? 0}</td>)}<td>{c.heavy}</td><td>{c.total}</td></tr>
          ))}
        </tbody>
      </table>
      <table class="data" id="roster">
        <thead><tr><th>{t.date}</th>{posts.map((p) => <th>{names.post(p)}</th>)}</tr></thead>
        <tbody>
          {rows.map((date) => {
            const day = days.get(date);
            return (
              <tr class={day?.kind === "holiday" ? "holiday" : day?.kind === "adjusted-workday" ? "adjusted" : ""}>
                <td>{date} {day ? t.weekdayLong(day.weekday) : ""}</td>
                {posts.map((p) => (
                  <td>
                    {(byDay.get(date)?.get(p) ?? []).map((person) => (
                      <button class="seat" data-seat={`${date}|${p}|${person}`} disabled={!wb.editable} onClick={() => wb.openSeat({ date, post: p, person })}>{names.person(person)}</button>
                    ))}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
