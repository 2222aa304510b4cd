import { useState } from "preact/hooks";
import type { PlannedMeeting } from "@yishi/domain";
import type { Workbench } from "./workbench.js";
import { dayKindText } from "./calendar-grid.js";
import { addExtraSession, dropItem, moveItem, moveMeeting, reorderItem, setMeetingStatus, setPinned } from "./edits.js";
import { ViolationNotes } from "./panels.js";

/** The open day: its meetings (moved, cancelled, pinned, their agendas edited), its duty seats and reception turns. */
export function DayDetail({ wb }: { wb: Workbench }) {
  const { t, selected: date } = wb;
  if (date === undefined) return <p class="note">{t.pickDay}</p>;
  const day = wb.session.calendar.days.find((d) => d.date === date);
  const meetings = wb.shown.meetings.filter((m) => m.date === date);
  const duties = wb.shown.roster.filter((r) => r.date === date);
  const turns = wb.shown.recurringDuties.filter((r) => r.date === date);
  const posts = [...new Set(duties.map((d) => d.post))];
  return (
    <div class="day-detail" data-date={date}>
      <h3 id="detail-date">{date} {day ? t.weekdayLong(day.weekday) : ""}</h3>
      {day && <p class="note">{dayKindText(wb, day)}</p>}
      <ViolationNotes wb={wb} list={(wb.index.byDate.get(date) ?? []).filter((i) => !isAboutMeeting(wb, i))} />
      {meetings.length ? meetings.map((m) => <MeetingCard key={`${m.id}@${m.date}@${m.start}@${m.room ?? ""}`} wb={wb} meeting={m} />) : <p class="note">{t.noMeetings}</p>}
      {posts.map((post) => (
        <p class="duties" data-post={post}>
          {wb.names.post(post)}：
          {duties.filter((d) => d.post === post).map((d) => (
            <button class={`seat${(wb.index.byPersonDay.get(`${date}|${d.person}`)?.length ?? 0) > 0 ? " broken" : ""}`} data-seat={`${date}|${post}|${d.person}`} disabled={!wb.editable} onClick={() => wb.openSeat({ date, post, person: d.person })}>
              {wb.names.person(d.person)}
            </button>
          ))}
        </p>
      ))}
      {turns.map((r) => <p class="turn">{wb.names.duty(r.duty)} {r.start}–{r.end}：{wb.names.person(r.person)}</p>)}
      {wb.editable && <ExtraSessionForm wb={wb} date={date} />}
    </div>
  );
}

function isAboutMeeting(wb: Workbench, i: number): boolean {
  return wb.verdict.checked && (wb.verdict.violations[i]?.subjects.meetings.length ?? 0) > 0;
}

function MeetingCard({ wb, meeting: m }: { wb: Workbench; meeting: PlannedMeeting }) {
  const { t, names } = wb;
  const [date, setDate] = useState(m.date);
  const [start, setStart] = useState(m.start);
  const [room, setRoom] = useState(m.room ?? "");
  const facts = [
    `${m.start}–${m.end}${m.endDate ? ` (${m.endDate})` : ""}`,
    m.room ? `${t.room}：${names.room(m.room)}` : undefined,
    m.convener ? `${t.convener}：${names.person(m.convener)}` : undefined,
    m.absent.length ? `${t.absent}：${m.absent.map((a) => names.person(a.person)).join("、")}` : undefined,
    m.quorum ? `${t.quorum}：${m.quorum.present}/${m.quorum.members}` : undefined,
  ].filter(Boolean);
  const others = wb.plan.meetings.filter((x) => x.id !== m.id && x.status === "scheduled" && x.date >= wb.plan.period.from);
  const agenda = [...m.agenda].sort((a, b) => a.order - b.order);
  return (
    <div class={`agenda${m.status === "cancelled" ? " cancelled" : ""}${wb.selectedMeeting === m.id ? " chosen" : ""}`} id={`meeting-${m.id}`} data-meeting={m.id}>
      <h4>
        {m.title}
        {m.status === "cancelled" && `（${t.cancelled}）`}
        {m.extra && <span class="badge">{t.extra}：{m.extra.reason}</span>}
        {m.pinned && <span class="badge">📌{t.pinned}</span>}
      </h4>
      <p class="note">{facts.join(" · ")}</p>
      {m.note && <p class="note">{m.note}</p>}
      <ViolationNotes wb={wb} list={wb.index.byMeeting.get(m.id) ?? []} />
      {wb.editable && (
        <form class="move" onSubmit={(e) => { e.preventDefault(); wb.edit((p) => moveMeeting(p, wb.session.spec, m.id, { date, start, ...(room ? { room } : {}) })); wb.selectDay(date); }}>
          <input type="date" aria-label={t.date} value={date} min={wb.plan.period.from} max={wb.plan.period.to} onInput={(e) => setDate(e.currentTarget.value)} />
          <input type="time" aria-label={t.time} value={start} onInput={(e) => setStart(e.currentTarget.value)} />
          <select aria-label={t.room} value={room} onChange={(e) => setRoom(e.currentTarget.value)}>
            <option value="">—</option>
            {Object.entries(wb.session.view.rooms).map(([id, name]) => <option value={id}>{name}</option>)}
          </select>
          <button type="submit" class="move-meeting">{t.move}</button>
          <button type="button" class="cancel-meeting" onClick={() => wb.edit((p) => setMeetingStatus(p, m.id, m.status === "cancelled" ? "scheduled" : "cancelled"))}>{m.status === "cancelled" ? t.restore : t.cancel}</button>
          {m.series !== undefined && <button type="button" class="pin-meeting" onClick={() => wb.edit((p) => setPinned(p, m.id, !m.pinned))}>{m.pinned ? t.unpin : t.pin}</button>}
        </form>
      )}
      <h5>{t.agenda}</h5>
      {agenda.length === 0 ? <p class="note">{t.noAgenda}</p> : (
        <table class="data">
          <thead><tr>{[t.order, t.start, t.minutes, t.item, t.unit, t.leader].map((x) => <th>{x}</th>)}</tr></thead>
          <tbody>
            {agenda.map((a, i) => {
              const info = wb.session.view.items[a.item];
              const item = wb.session.spec?.agendaItems.find((x) => x.id === a.item);
              return (
                <tr data-item={a.item}>
                  <td>{a.order}</td><td>{a.start}</td><td>{a.minutes}</td>
                  <td>
                    {info?.title ?? a.item}
                    {item && (
                      <span class="note item-facts">
                        {" "}{t.filedOn} {item.filedOn}{item.materialsOn ? ` · ${t.materials} ${item.materialsOn}` : ""}
                        {item.reviews.map((r) => ` · ${t.reviewKinds[r.kind] ?? r.kind} ${r.doneOn}`).join("")}
                        {` · ${t.needs} ${names.person(item.responsibleLeader)}`}
                      </span>
                    )}
                    {wb.editable && (
                      <span class="item-actions">
                        <button class="item-up" disabled={i === 0} onClick={() => wb.edit((p) => reorderItem(p, m.id, a.item, -1))}>↑<span class="sr">{t.up}</span></button>
                        <button class="item-down" disabled={i === agenda.length - 1} onClick={() => wb.edit((p) => reorderItem(p, m.id, a.item, 1))}>↓<span class="sr">{t.down}</span></button>
                        <select class="item-move" aria-label={t.moveTo} value="" onChange={(e) => { const to = e.currentTarget.value; if (to) wb.edit((p) => moveItem(p, a.item, m.id, to, a.minutes)); }}>
                          <option value="">{t.moveTo}…</option>
                          {others.map((o) => <option value={o.id}>{o.date} {o.title}</option>)}
                        </select>
                        <button class="item-drop" onClick={() => wb.edit((p) => dropItem(p, m.id, a.item))}>{t.drop}</button>
                      </span>
                    )}
                  </td>
                  <td>{info?.unit ?? ""}</td><td>{info?.leader ?? ""}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}

function ExtraSessionForm({ wb, date }: { wb: Workbench; date: string }) {
  const series = wb.session.spec?.series ?? [];
  const [chosen, setChosen] = useState(series[0]?.id ?? "");
  const [reason, setReason] = useState("");
  if (series.length === 0) return null;
  return (
    <form class="extra" onSubmit={(e) => { e.preventDefault(); if (!reason.trim()) return; wb.edit((p) => addExtraSession(p, wb.session.spec, chosen, date, reason.trim())); setReason(""); }}>
      <h5>{wb.t.addExtra}</h5>
      <select aria-label={wb.t.series} value={chosen} onChange={(e) => setChosen(e.currentTarget.value)}>
        {series.map((s) => <option value={s.id}>{s.name}</option>)}
      </select>
      <input aria-label={wb.t.reason} placeholder={wb.t.reason} value={reason} required onInput={(e) => setReason(e.currentTarget.value)} />
      <button type="submit">{wb.t.add}</button>
    </form>
  );
}
