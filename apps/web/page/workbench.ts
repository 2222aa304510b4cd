import { addDays } from "@yishi/calendar";
import type { Plan } from "@yishi/domain";
import type { WorkbenchSession } from "../src/workbench-session.js";
import type { TEXT, Lang } from "./i18n.js";
import type { createJudge, Seat, ShownVerdict } from "./judge.js";
import type { createNames, indexViolations } from "./names.js";
import { moveMeeting } from "./edits.js";

/** What every part of the page is handed: the plan on screen, its verdict, and how to change it. */
export interface Workbench {
  session: WorkbenchSession;
  plan: Plan;
  /** The plan shown: the whole plan, or one person's part of it. */
  shown: Plan;
  verdict: ShownVerdict;
  index: ReturnType<typeof indexViolations>;
  lang: Lang;
  t: (typeof TEXT)[Lang];
  names: ReturnType<typeof createNames>;
  judge: ReturnType<typeof createJudge>;
  editable: boolean;
  /** Applies an edit: the new plan is judged, and the old one kept for undo. */
  edit(update: (plan: Plan) => Plan): void;
  selected: string | undefined;
  selectDay(date: string): void;
  selectedMeeting: string | undefined;
  selectMeeting(id: string | undefined): void;
  openSeat(seat: Seat): void;
}

/** Moves a meeting by whole days (keyboard): the edit a drag makes. */
export function shiftMeeting(wb: Workbench, id: string, days: number): void {
  const m = wb.plan.meetings.find((x) => x.id === id);
  if (!m) return;
  const date = addDays(m.date, days);
  if (date < wb.plan.period.from || date > wb.plan.period.to) return;
  wb.edit((p) => moveMeeting(p, wb.session.spec, id, { date }));
  wb.selectDay(date);
}
