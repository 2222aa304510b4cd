// Yishi plan viewer: renders /plan.json with the day facts and names of
// /view.json. Plain browser JavaScript, served as is (no build step); all
// calendar logic lives on the server. Text from the plan is only ever set
// through textContent, never as HTML.

import { TEXT } from "/i18n.js";

const state = { lang: "zh", plan: null, view: null, selected: null, highlighted: [] };

/** Builds an element; children are nodes or strings (set as text). */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") el.className = v;
    else if (k === "dataset") Object.assign(el.dataset, v);
    else if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, String(v));
  }
  for (const c of children.flat()) if (c !== undefined && c !== null && c !== false) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

const t = () => TEXT[state.lang];
const person = (id) => state.view.people[id] ?? id;
const room = (id) => (id === undefined ? "" : (state.view.rooms[id] ?? id));
const itemTitle = (id) => state.view.items[id]?.title ?? id;
const postName = (id) => state.view.posts[id] ?? id;
const dayFact = (date) => state.view.days.find((d) => d.date === date);
const cssId = (prefix, id) => `${prefix}-${id.replace(/[^\p{L}\p{N}_-]+/gu, "-")}`;

function dayKindText(fact) {
  if (fact.kind === "holiday") return `${fact.holiday?.[state.lang] ?? ""} ${t().holiday}`.trim();
  if (fact.kind === "adjusted-workday") return `${fact.holiday?.[state.lang] ?? ""} ${t().adjusted}`.trim();
  return fact.kind === "weekend" ? t().weekend : t().workday;
}

/** Violation indexes by the dates they concern, a meeting's violations counting on its date. */
function violationsByDate() {
  const map = new Map();
  state.plan.violations.forEach((v, i) => {
    const dates = new Set(v.subjects.dates);
    for (const m of v.subjects.meetings) {
      const meeting = state.plan.meetings.find((x) => x.id === m);
      if (meeting) dates.add(meeting.date);
    }
    for (const d of dates) map.set(d, [...(map.get(d) ?? []), i]);
  });
  return map;
}

function renderCalendar() {
  const { plan, view } = state;
  const flags = violationsByDate();
  const leaderPost = plan.roster.some((r) => r.post === "leader") ? "leader" : plan.roster[0]?.post;
  const months = new Map();
  for (const fact of view.days) {
    const key = fact.date.slice(0, 7);
    if (!months.has(key)) months.set(key, []);
    months.get(key).push(fact);
  }
  const container = h("div", { class: "months" });
  for (const [key, facts] of months) {
    const [y, m] = key.split("-").map(Number);
    const cells = [];
    for (let i = 1; i < facts[0].weekday; i++) cells.push(h("td", { class: "empty" }));
    for (const fact of facts) {
      const meetings = plan.meetings.filter((x) => x.date === fact.date);
      const leaders = plan.roster.filter((r) => r.date === fact.date && r.post === leaderPost).map((r) => person(r.person));
      const kindClass = fact.kind === "holiday" ? "holiday" : fact.kind === "adjusted-workday" ? "adjusted" : fact.kind === "weekend" ? "weekend" : "";
      const marks = (flags.get(fact.date) ?? []).map((i) => h("span", { class: "flag", title: view.citations[i] }, `⚠${i + 1}`));
      cells.push(
        h("td", { id: cssId("day", fact.date), class: `day ${kindClass}`, dataset: { date: fact.date }, tabindex: 0, title: dayKindText(fact), onclick: () => selectDay(fact.date) },
          h("span", { class: "num" }, String(Number(fact.date.slice(8)))), " ", marks,
          fact.kind === "holiday" ? h("span", { class: "mark holiday-name" }, fact.holiday?.[state.lang] ?? t().holiday) : null,
          fact.kind === "adjusted-workday" ? h("span", { class: "mark adjusted-name" }, t().adjusted) : null,
          meetings.map((x) => h("span", { class: `chip${x.status === "cancelled" ? " cancelled" : ""}`, dataset: { meeting: x.id }, title: x.title }, `${x.start} ${x.title}`)),
          leaders.length ? h("span", { class: "chip duty" }, `${t().lead}：${leaders.join("、")}`) : null,
        ),
      );
    }
    while (cells.length % 7) cells.push(h("td", { class: "empty" }));
    const rows = [];
    for (let i = 0; i < cells.length; i += 7) rows.push(h("tr", {}, cells.slice(i, i + 7)));
    container.append(h("div", { class: "month", dataset: { month: key } }, h("h3", {}, t().month(y, m)), h("table", {}, h("thead", {}, h("tr", {}, t().weekdays.map((w) => h("th", {}, w)))), h("tbody", {}, rows))));
  }
  document.getElementById("calendar").replaceChildren(container);
}

function renderMeeting(meeting) {
  const v = state.plan.violations.map((x, i) => [x, i]).filter(([x]) => x.subjects.meetings.includes(meeting.id));
  const facts = [
    `${meeting.start}–${meeting.end}`,
    meeting.room ? `${t().room}：${room(meeting.room)}` : null,
    meeting.convener ? `${t().convener}：${person(meeting.convener)}` : null,
    meeting.absent.length ? `${t().absent}：${meeting.absent.map((a) => person(a.person)).join("、")}` : null,
    meeting.quorum ? `${t().quorum}：${meeting.quorum.present}/${meeting.quorum.members}` : null,
  ].filter(Boolean);
  const rows = [...meeting.agenda].sort((a, b) => a.order - b.order).map((a) =>
    h("tr", {}, h("td", {}, String(a.order)), h("td", {}, a.start), h("td", {}, String(a.minutes)), h("td", {}, itemTitle(a.item)), h("td", {}, state.view.items[a.item]?.unit ?? ""), h("td", {}, state.view.items[a.item]?.leader ?? "")),
  );
  return h("div", { class: `agenda${meeting.status === "cancelled" ? " cancelled" : ""}`, id: cssId("meeting", meeting.id), dataset: { meeting: meeting.id } },
    h("h4", {}, meeting.title, meeting.status === "cancelled" ? `（${t().cancelled}）` : ""),
    h("p", { class: "note" }, facts.join(" · ")),
    meeting.note ? h("p", { class: "note" }, meeting.note) : null,
    v.map(([x, i]) => h("p", { class: "flag" }, `⚠${i + 1} ${state.view.citations[i]}：${x.message[state.lang]}`)),
    h("h5", {}, t().agenda),
    rows.length
      ? h("table", { class: "data" }, h("thead", {}, h("tr", {}, [t().order, t().start, t().minutes, t().item, t().unit, t().leader].map((x) => h("th", {}, x)))), h("tbody", {}, rows))
      : h("p", { class: "note" }, t().noAgenda),
  );
}

function renderDetail() {
  const panel = document.getElementById("detail");
  const date = state.selected;
  if (!date) return panel.replaceChildren(h("p", {}, t().pickDay));
  const fact = dayFact(date);
  const meetings = state.plan.meetings.filter((m) => m.date === date);
  const duties = state.plan.roster.filter((r) => r.date === date);
  const recurring = state.plan.recurringDuties.filter((r) => r.date === date);
  const posts = [...new Set(duties.map((d) => d.post))];
  const parts = [
    h("h3", { id: "detail-date" }, `${date} ${fact ? t().weekdayLong(fact.weekday) : ""}`),
    fact ? h("p", { class: "note" }, dayKindText(fact)) : null,
    meetings.length ? meetings.map(renderMeeting) : h("p", { class: "note" }, t().noMeetings),
    posts.map((p) => h("p", {}, `${postName(p)}：${duties.filter((d) => d.post === p).map((d) => person(d.person)).join("、")}`)),
    recurring.map((r) => h("p", {}, `${state.view.duties[r.duty] ?? r.duty} ${r.start}–${r.end}：${person(r.person)}`)),
  ];
  panel.replaceChildren(...parts.flat().filter(Boolean));
}

function selectDay(date) {
  state.selected = date;
  for (const el of document.querySelectorAll("td.selected")) el.classList.remove("selected");
  document.getElementById(cssId("day", date))?.classList.add("selected");
  renderDetail();
}

/** Click on a violation: select and highlight the day (or the meeting's day) it concerns, and scroll to it. */
function showViolation(i) {
  const v = state.plan.violations[i];
  const meetings = v.subjects.meetings.map((id) => state.plan.meetings.find((m) => m.id === id)).filter(Boolean);
  const dates = [...new Set([...meetings.map((m) => m.date), ...v.subjects.dates])].sort();
  for (const el of document.querySelectorAll(".highlight")) el.classList.remove("highlight");
  if (dates.length) selectDay(dates[0]);
  state.highlighted = dates;
  for (const d of dates) document.getElementById(cssId("day", d))?.classList.add("highlight");
  for (const m of meetings) document.getElementById(cssId("meeting", m.id))?.classList.add("highlight");
  document.getElementById(cssId("day", dates[0] ?? ""))?.scrollIntoView({ block: "center", behavior: "smooth" });
}

function renderViolations() {
  const list = document.getElementById("violations");
  const { plan, view } = state;
  const { verdict } = view;
  // Unchecked (no spec): say so; an empty list would read as "no violations".
  if (!verdict.checked) return list.replaceChildren(h("li", { class: "unchecked" }, verdict.reason[state.lang]));
  const note = verdict.note ? [h("li", { class: "note" }, verdict.note[state.lang])] : [];
  if (!plan.violations.length) return list.replaceChildren(...note, h("li", { class: "none" }, t().noViolations));
  list.replaceChildren(
    ...note,
    ...plan.violations.map((v, i) => {
      const concerns = [
        ...v.subjects.meetings.map((id) => plan.meetings.find((m) => m.id === id)?.title ?? id),
        ...v.subjects.dates,
        ...v.subjects.people.map(person),
        ...v.subjects.items.map((id) => `${id} ${itemTitle(id)}`),
        ...v.subjects.duties.map(postName),
      ];
      return h("li", { class: v.severity, id: `violation-${i + 1}`, tabindex: 0, dataset: { violation: String(i) }, onclick: () => showViolation(i), onkeydown: (ev) => ev.key === "Enter" && showViolation(i) },
        h("span", { class: "severity" }, t()[v.severity]), h("span", { class: "citation" }, view.citations[i]), v.message[state.lang],
        h("div", { class: "note" }, `${t().concerns}：${concerns.join("；")}`),
        h("blockquote", {}, v.citation.text),
      );
    }),
  );
}

function renderUnplaced() {
  const list = document.getElementById("unplaced");
  const items = state.plan.unplacedItems;
  list.replaceChildren(...(items.length ? items.map((u) => h("li", {}, h("strong", {}, `${u.item} ${itemTitle(u.item)}`), "：", u.message[state.lang])) : [h("li", {}, t().noUnplaced)]));
}

function renderRoster() {
  const { plan } = state;
  const posts = [...new Set(plan.roster.map((r) => r.post))];
  const heavy = new Set(state.view.days.filter((d) => !d.working).map((d) => d.date));
  const counts = new Map();
  for (const r of plan.roster) {
    const c = counts.get(r.person) ?? { total: 0, heavy: 0, posts: {} };
    c.total++;
    if (heavy.has(r.date)) c.heavy++;
    c.posts[r.post] = (c.posts[r.post] ?? 0) + 1;
    counts.set(r.person, c);
  }
  const people = [...counts.keys()].sort((a, b) => counts.get(b).total - counts.get(a).total || (a < b ? -1 : a > b ? 1 : 0));
  document.getElementById("counts").replaceChildren(
    h("thead", {}, h("tr", {}, h("th", {}, t().person), posts.map((p) => h("th", {}, postName(p))), h("th", {}, t().heavy), h("th", {}, t().total))),
    h("tbody", {}, people.map((id) => h("tr", { dataset: { person: id } }, h("td", {}, person(id)), posts.map((p) => h("td", {}, String(counts.get(id).posts[p] ?? 0))), h("td", {}, String(counts.get(id).heavy)), h("td", {}, String(counts.get(id).total))))),
  );
  document.getElementById("counts").className = "data";
  document.getElementById("roster").className = "data";
  document.getElementById("roster").replaceChildren(
    h("thead", {}, h("tr", {}, h("th", {}, t().date), h("th", {}, t().weekday), h("th", {}, t().dayNote), posts.map((p) => h("th", {}, postName(p))))),
    h("tbody", {}, state.view.days.map((fact) => h("tr", { class: fact.kind === "holiday" ? "holiday" : fact.kind === "adjusted-workday" ? "adjusted" : "", onclick: () => selectDay(fact.date) },
      h("td", {}, fact.date), h("td", {}, t().weekdayLong(fact.weekday)), h("td", {}, fact.kind === "holiday" || fact.kind === "adjusted-workday" ? dayKindText(fact) : ""),
      posts.map((p) => h("td", {}, plan.roster.filter((r) => r.date === fact.date && r.post === p).map((r) => person(r.person)).join("、"))),
    ))),
  );
}

function render() {
  document.documentElement.lang = state.lang === "zh" ? "zh-CN" : "en";
  for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t()[el.dataset.i18n];
  document.getElementById("lang-toggle").textContent = t().switchTo;
  document.getElementById("title").textContent = t().title(state.view.organization, state.plan.period.label);
  document.title = document.getElementById("title").textContent;
  // Without a spec the plan was not judged: the count of its (served, empty) violations would read as "0".
  document.getElementById("summary").textContent = t().summary(state.plan, state.view.verdict.checked);
  // A plan on a year's statutory holidays only (arrangement not yet published) says so above everything.
  const provisional = document.getElementById("provisional");
  provisional.hidden = !state.view.provisional;
  provisional.textContent = state.view.provisional ? state.view.provisional[state.lang] : "";
  renderCalendar();
  renderViolations();
  renderUnplaced();
  renderRoster();
  if (state.selected) selectDay(state.selected);
  else renderDetail();
  for (const d of state.highlighted) document.getElementById(cssId("day", d))?.classList.add("highlight");
}

async function main() {
  const [plan, view] = await Promise.all([fetch("/plan.json").then((r) => r.json()), fetch("/view.json").then((r) => r.json())]);
  state.plan = plan;
  state.view = view;
  document.getElementById("lang-toggle").addEventListener("click", () => {
    state.lang = state.lang === "zh" ? "en" : "zh";
    render();
  });
  render();
  document.body.dataset.ready = "true";
}

main().catch((error) => {
  document.body.replaceChildren(h("pre", { class: "error" }, `Yishi: ${error}`));
});
