import { useMemo, useState } from "preact/hooks";
import { formatCitation } from "@yishi/domain";
import type { Workbench } from "./workbench.js";
import type { Seat } from "./judge.js";
import { applyDutyChanges, setDuty } from "./edits.js";

/**
 * A duty seat opened: everyone who could take it, each judged as `yishi
 * roster swap` judges the swap (keeps every rule, or which article it breaks
 * and why), and on request the replacements changing the fewest other duties.
 */
export function SeatDialog({ wb, seat, close }: { wb: Workbench; seat: Seat; close: () => void }) {
  const { t, names, lang } = wb;
  const candidates = useMemo(() => wb.judge.candidates(wb.plan, seat), [wb.plan, seat]);
  const [asked, setAsked] = useState(false);
  const replacements = useMemo(() => (asked ? wb.judge.replacements(wb.plan, seat) : []), [asked, wb.plan, seat]);
  return (
    <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="seat-title" id="seat-dialog" data-seat={`${seat.date}|${seat.post}|${seat.person}`}>
      <div class="dialog-body">
        <h3 id="seat-title">{t.candidates(names.post(seat.post), seat.date)} · {names.person(seat.person)}</h3>
        <ul class="candidates">
          {candidates.map((c) => (
            <li class={`candidate ${c.verdict.ok ? "ok" : "breaks"}`} data-person={c.person}>
              <strong>{names.person(c.person)}</strong>{" "}
              {c.verdict.ok ? <span class="keeps">✓ {t.keeps}</span> : <span class="flag">✗ {t.breaks}</span>}
              {[...c.verdict.violations, ...c.verdict.warnings].map((v) => (
                <span class={`reason ${v.severity}`} data-code={v.code}>{formatCitation(v.citation)}：{v.message[lang]}</span>
              ))}
              <button class="pick" onClick={() => { wb.edit((p) => setDuty(p, seat, c.person)); close(); }}>{t.pick}</button>
            </li>
          ))}
        </ul>
        <button id="ask-replacements" onClick={() => setAsked(true)} disabled={asked}>{t.replacements}</button>
        {asked && (replacements.length === 0 ? <p class="note">{t.noReplacement}</p> : (
          <ul class="replacements">
            {replacements.map((r) => (
              <li class="replacement" data-person={r.replacement}>
                {names.person(r.replacement)}{r.third ? ` → ${names.person(r.third)}` : ""} · {t.otherChanged(r.otherDutiesChanged)}:{" "}
                {r.changes.map((c) => `${c.date} ${names.person(c.from)}→${names.person(c.to)}`).join("；")}
                <button class="pick" onClick={() => { wb.edit((p) => applyDutyChanges(p, r.changes)); close(); }}>{t.pick}</button>
              </li>
            ))}
          </ul>
        ))}
        <button class="close" onClick={close}>{t.close}</button>
      </div>
    </div>
  );
}
