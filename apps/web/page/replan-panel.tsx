import { useState } from "preact/hooks";
import type { Plan, PlanChange } from "@yishi/domain";
import type { Workbench } from "./workbench.js";

function describeChange(wb: Workbench, c: PlanChange): string {
  const n = wb.names;
  switch (c.kind) {
    case "moved":
    case "added":
    case "cancelled":
    case "reassigned":
      return `${c.meeting} ${c.from ? `${c.from.date} ${c.from.start}` : ""}${c.to ? ` → ${c.to.date} ${c.to.start}` : ""}`;
    case "duty-reassigned":
      return `${c.date} ${n.post(c.post)} ${c.from ? n.person(c.from) : "—"} → ${c.to ? n.person(c.to) : "—"}`;
    case "reception-reassigned":
      return `${c.date} ${n.duty(c.duty)} ${c.from ? n.person(c.from) : "—"} → ${c.to ? n.person(c.to) : "—"}`;
    default:
      return `${c.item} ${c.from ?? ""} → ${c.to ?? ""}`;
  }
}

/**
 * Re-plan on the server with the page's pins, facts and cancellations; what
 * would change is shown, each with its reason, to accept (an edit, undoable)
 * or reject (nothing changes).
 */
export function ReplanPanel({ wb, from: initial, run, accept, close }: { wb: Workbench; from: string; run: (from: string) => Promise<Plan>; accept: (plan: Plan) => void; close: () => void }) {
  const { t, lang } = wb;
  const [from, setFrom] = useState(initial);
  const [state, setState] = useState<{ kind: "idle" } | { kind: "running" } | { kind: "done"; plan: Plan } | { kind: "failed"; text: { zh: string; en: string } }>({ kind: "idle" });
  const start = async () => {
    setState({ kind: "running" });
    try {
      setState({ kind: "done", plan: await run(from) });
    } catch (error) {
      const text = error instanceof Error && "text" in error ? (error as unknown as { text: { zh: string; en: string } }).text : { zh: String(error), en: String(error) };
      setState({ kind: "failed", text });
    }
  };
  return (
    <div class="dialog" role="dialog" aria-modal="true" id="replan-dialog">
      <div class="dialog-body">
        <h3>{t.replan}</h3>
        <label>{t.replanFrom} <input type="date" id="replan-from" min={wb.plan.period.from} max={wb.plan.period.to} value={from} onInput={(e) => setFrom(e.currentTarget.value)} /></label>{" "}
        <button id="replan-run" onClick={() => void start()} disabled={state.kind === "running"}>{t.replan}</button>
        {state.kind === "running" && <p class="note">{t.replanRunning}</p>}
        {state.kind === "failed" && <p class="error">{t.error}：{state.text[lang]}</p>}
        {state.kind === "done" && (
          <div id="replan-diff">
            <p>{state.plan.changes.length === 0 ? t.replanNone : t.replanDiff(state.plan.changes.length)}</p>
            <ul>
              {state.plan.changes.map((c) => <li class="change" data-kind={c.kind}>{describeChange(wb, c)}：{c.reason[lang]}</li>)}
            </ul>
            <button id="replan-accept" onClick={() => accept(state.plan)}>{t.accept}</button>{" "}
            <button id="replan-reject" onClick={close}>{t.reject}</button>
          </div>
        )}
        {state.kind !== "done" && <button class="close" onClick={close}>{t.close}</button>}
      </div>
    </div>
  );
}
