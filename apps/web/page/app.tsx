import { useCallback, useEffect, useMemo, useRef, useState } from "preact/hooks";
import { todayInShanghai } from "@yishi/calendar";
import type { Plan } from "@yishi/domain";
import type { WorkbenchSession } from "../src/workbench-session.js";
import { TEXT, loadLang, storeLang, type Lang } from "./i18n.js";
import { createJudge, verdictOfSession, type Seat, type ShownVerdict } from "./judge.js";
import { createNames, indexViolations } from "./names.js";
import { pushHistory, redoHistory, startHistory, undoHistory, type History } from "./history.js";
import { moveMeeting } from "./edits.js";
import { shiftMeeting, type Workbench } from "./workbench.js";
import { requestDownload, requestReplan, requestSave, ServerError } from "./api.js";
import { CalendarGrid, type CellActions } from "./calendar-grid.js";
import { DayDetail } from "./day-detail.js";
import { FactsPanel, RosterTable, UnplacedList, ViolationList } from "./panels.js";
import { SeatDialog } from "./seat-dialog.js";
import { ReplanPanel } from "./replan-panel.js";
import { selectPersonPlan } from "../src/person-plan.js";
import { useNarrow } from "./use-narrow.js";

type Status = { kind: "info" | "error"; text: { zh: string; en: string } } | undefined;

export function App({ session }: { session: WorkbenchSession }) {
  const judge = useMemo(() => createJudge(session), [session]);
  const names = useMemo(() => createNames(session.view), [session]);
  const [lang, setLang] = useState<Lang>(loadLang);
  const [history, setHistory] = useState<History<Plan>>(() => startHistory(session.plan));
  const [savedPlan, setSavedPlan] = useState<Plan>(session.plan);
  const [version, setVersion] = useState(session.version);
  const [selected, setSelected] = useState<string | undefined>();
  const [selectedMeeting, selectMeeting] = useState<string | undefined>();
  const [person, setPerson] = useState("");
  const [seat, setSeat] = useState<Seat | undefined>();
  const [replanOpen, setReplanOpen] = useState(false);
  const [status, setStatus] = useState<Status>();
  const generation = useRef(0);
  const narrow = useNarrow();
  const t = TEXT[lang];
  const plan = history.present;
  const editable = session.spec !== undefined;

  // Judged on every plan shown: the verdict is always the checker's, never one stored in the file. The
  // plan as loaded shows the server's judgement of it (the same check); the page judges every edit itself.
  const [loaded, setLoaded] = useState(() => verdictOfSession(session));
  const judged = useMemo(() => {
    const start = performance.now();
    const verdict = plan === session.plan ? loaded : judge.judge(plan);
    generation.current += 1;
    return { verdict, ms: Math.round(performance.now() - start), generation: generation.current };
  }, [plan, judge, loaded, session.plan]);
  // Once the page is idle, the loaded plan is judged here too: it readies the rules' code for the first
  // edit, and should the two ever differ, the page shows its own judgement (and says so in the console).
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 200));
    idle(() => {
      const mine = judge.judge(session.plan);
      const text = (v: ShownVerdict) => JSON.stringify(v.checked ? v.violations.map((x) => [x.code, x.message]) : v.reason);
      if (text(mine) !== text(loaded)) {
        console.warn("yishi: the page's judgement of the loaded plan differs from the server's; showing the page's");
        setLoaded(mine);
      }
    });
    // Once per page.
  }, []);
  const verdict = judged.verdict;
  const violations = verdict.checked ? verdict.violations : [];
  const index = useMemo(() => indexViolations(plan, violations), [plan, violations]);
  const shown = useMemo(() => (person === "" ? plan : selectPersonPlan(plan, person)), [plan, person]);

  useEffect(() => {
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
    document.title = t.title(session.view.organization, plan.period.label);
  }, [lang, t, session, plan.period.label]);

  const edit = useCallback((update: (p: Plan) => Plan) => {
    setHistory((h) => pushHistory(h, update(h.present)));
    setStatus(undefined);
  }, []);
  const undo = useCallback(() => setHistory(undoHistory), []);
  const redo = useCallback(() => setHistory(redoHistory), []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && ["INPUT", "SELECT", "TEXTAREA"].includes(target.tagName)) return;
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "z") {
        e.preventDefault();
        if (e.shiftKey) redo();
        else undo();
      } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "y") {
        e.preventDefault();
        redo();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [undo, redo]);

  const fail = (error: unknown) => setStatus({ kind: "error", text: error instanceof ServerError ? error.text : { zh: String(error), en: String(error) } });

  async function save() {
    if (version === undefined) return;
    try {
      const done = await requestSave(plan, version);
      setVersion(done.version);
      setSavedPlan(plan);
      setStatus({ kind: "info", text: { zh: TEXT.zh.saved(done.file, done.previous), en: TEXT.en.saved(done.file, done.previous) } });
    } catch (error) {
      fail(error);
    }
  }

  async function download(format: "ics" | "xlsx" | "html", who?: string) {
    try {
      await requestDownload(plan, format, who);
    } catch (error) {
      fail(error);
    }
  }

  const wb: Workbench = {
    session, plan, shown, verdict, index, lang, t, names, judge, editable, edit,
    selected, selectDay: setSelected, selectedMeeting, selectMeeting,
    openSeat: setSeat,
  };
  // The calendar cells' callbacks, made once: they read the current workbench through a ref.
  const current = useRef(wb);
  current.current = wb;
  const actions = useMemo<CellActions>(() => ({
    t: () => current.current.t,
    select: (date) => current.current.selectDay(date),
    selectMeeting: (date, id) => {
      current.current.selectDay(date);
      current.current.selectMeeting(id);
    },
    drop: (date, id) => {
      const w = current.current;
      w.edit((p) => moveMeeting(p, w.session.spec, id, { date }));
      w.selectDay(date);
      w.selectMeeting(id);
    },
    shift: (id, days) => {
      shiftMeeting(current.current, id, days);
      current.current.selectMeeting(id);
      // Keep the keyboard on the meeting where it went.
      requestAnimationFrame(() => document.querySelector<HTMLElement>(`.chip[data-meeting="${CSS.escape(id)}"]`)?.focus());
    },
  }), []);
  const hard = violations.filter((v) => v.severity === "hard").length;
  const unsaved = history.past.length > 0 && plan !== savedPlan;
  // Today in Shanghai, asked only when the re-plan opens (the time zone's first use costs ~50 ms).
  const replanFrom = () => {
    const today = todayInShanghai();
    return today < plan.period.from || today > plan.period.to ? plan.period.from : today;
  };
  const detail = <DayDetail wb={wb} />;
  // Whole panels redraw only when what they show changes (the same element is skipped by Preact's diff).
  const violationList = useMemo(() => <ViolationList wb={wb} />, [verdict, lang, plan.meetings]);
  const rosterTable = useMemo(() => <RosterTable wb={wb} />, [shown.roster, lang, editable]);

  return (
    <>
      <header>
        <h1>{t.title(session.view.organization, plan.period.label)}</h1>
        <p>
          {t.period(plan.period.from, plan.period.to)} · {t.meetingsCount(plan.meetings.filter((m) => m.status === "scheduled").length)} ·{" "}
          <span id="verdict" data-checked={String(verdict.checked)} data-hard={hard} data-soft={violations.length - hard} data-generation={judged.generation} data-ms={judged.ms}>
            {verdict.checked ? t.verdictCount(hard, violations.length - hard) : t.notChecked}
          </span>
        </p>
        <nav class="tools" aria-label="workbench">
          <button id="undo" onClick={undo} disabled={history.past.length === 0} title="Ctrl+Z">{t.undo}</button>
          <button id="redo" onClick={redo} disabled={history.future.length === 0} title="Ctrl+Shift+Z">{t.redo}</button>
          <button id="save" onClick={save} disabled={version === undefined || !unsaved}>{t.save}</button>
          <button id="replan" onClick={() => setReplanOpen(true)} disabled={!editable}>{t.replan}</button>
          <select id="download" aria-label={t.download} value="" onChange={(e) => { const f = e.currentTarget.value as "ics" | "xlsx" | "html"; e.currentTarget.value = ""; if (f) void download(f); }}>
            <option value="">{t.download}…</option>
            <option value="ics">{t.calendarFile}</option>
            <option value="xlsx">{t.workbook}</option>
            <option value="html">{t.report}</option>
          </select>
          <select id="person" aria-label={t.personFilter} value={person} onChange={(e) => setPerson(e.currentTarget.value)}>
            <option value="">{t.everyone}</option>
            {Object.entries(session.view.people).map(([id, name]) => <option value={id}>{name}</option>)}
          </select>
          {person !== "" && <button id="person-ics" onClick={() => void download("ics", person)}>{t.personCalendar(names.person(person))}</button>}
          <button id="lang" onClick={() => { const next = lang === "zh" ? "en" : "zh"; storeLang(next); setLang(next); }}>{t.switchTo}</button>
        </nav>
      </header>
      <div id="status" role="status" class={status?.kind ?? ""}>
        {status ? status.text[lang] : unsaved ? t.unsaved(history.past.length) : ""}
      </div>
      {!verdict.checked && <p id="unchecked" class="unchecked">{verdict.reason[lang]}</p>}
      {plan.provisional && <p id="provisional" class="unchecked">{plan.provisional.basis[lang]}</p>}
      <main>
        <section id="calendar-section">
          <h2>{t.calendar}</h2>
          <p class="legend">
            <span class="swatch holiday" />{t.legendHoliday}<span class="swatch adjusted" />{t.legendAdjusted}<span class="swatch meeting" />{t.legendMeeting}
            <span class="flag"> ⚠</span>{t.legendViolation} · <span class="note">{t.shortcuts}</span>
          </p>
          <CalendarGrid wb={wb} actions={actions} inlineDetail={narrow ? detail : undefined} />
        </section>
        {!narrow && <aside id="detail">{detail}</aside>}
        <section id="violations-section">
          <h2>{t.violations}</h2>
          {violationList}
        </section>
        {editable && (
          <section id="facts-section">
            <h2>{t.facts}</h2>
            <FactsPanel wb={wb} />
          </section>
        )}
        <section id="unplaced-section">
          <h2>{t.unplaced}</h2>
          <UnplacedList wb={wb} />
        </section>
        <section id="roster-section">
          <h2>{t.roster}</h2>
          {rosterTable}
        </section>
      </main>
      {seat && <SeatDialog wb={wb} seat={seat} close={() => setSeat(undefined)} />}
      {replanOpen && (
        <ReplanPanel
          wb={wb}
          from={replanFrom()}
          run={(from) => requestReplan(plan, from)}
          accept={(next) => { edit(() => next); setReplanOpen(false); }}
          close={() => setReplanOpen(false)}
        />
      )}
    </>
  );
}

