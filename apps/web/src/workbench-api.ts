import { basename } from "node:path";
import { z } from "zod";
import type { WorkCalendar } from "@yishi/calendar";
import { Id, IsoDate, Plan, YishiError, formatPath, type RuleProfile, type Spec } from "@yishi/domain";
import { judgePlan } from "@yishi/rules";
import { createPlan, pinMeetings } from "@yishi/solver";
import { exportPlan } from "@yishi/export";
import { ApiError } from "./read-json-body.js";
import { savePlanFile } from "./plan-file.js";
import { selectPersonPlan } from "./person-plan.js";

export interface WorkbenchState {
  /** The plan as the server loaded it: its period and organization are what every body must keep. */
  plan: Plan;
  spec: Spec | undefined;
  profile: RuleProfile | undefined;
  calendar: WorkCalendar;
  planFile: string | undefined;
  /** The plan file's version the page holds; a save moves it on. */
  version: string | undefined;
}

export const ReplanRequest = z.strictObject({ plan: Plan, from: IsoDate.optional() });
export const SaveRequest = z.strictObject({ plan: Plan, version: z.string().max(128) });
export const ExportRequest = z.strictObject({ plan: Plan, format: z.enum(["ics", "xlsx", "html"]), person: Id.optional() });

export interface FileAnswer {
  name: string;
  type: string;
  data: string | Uint8Array;
}

const TYPES = { ics: "text/calendar; charset=utf-8", xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", html: "text/html; charset=utf-8" } as const;

/** The body checked with the domain's schemas; the first problems named with their path. */
function parseBody<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const pathOf = (issue: z.core.$ZodIssue) => issue.path.filter((p): p is string | number => typeof p !== "symbol");
  const lines = parsed.error.issues.slice(0, 5).map((issue) => `${formatPath(pathOf(issue))}: ${issue.message}`);
  throw new ApiError(400, "PLAN_INVALID", { zh: `请求内容无效：${lines.join("；")}`, en: `the request is not valid: ${lines.join("; ")}` }, pathOf(parsed.error.issues[0]!));
}

/** A plan from the page is the loaded plan edited: same organization, same period. */
function assertSamePlan(state: WorkbenchState, plan: Plan): void {
  if (plan.organization !== state.plan.organization || plan.period.from !== state.plan.period.from || plan.period.to !== state.plan.period.to) {
    throw new ApiError(400, "PLAN_INVALID", {
      zh: `计划的单位或期间与打开的计划（${state.plan.organization}，${state.plan.period.from}至${state.plan.period.to}）不同`,
      en: `the plan's organization or period differs from the plan opened (${state.plan.organization}, ${state.plan.period.from} to ${state.plan.period.to})`,
    }, ["plan", "period"]);
  }
}

function requireSpec(state: WorkbenchState, what: { zh: string; en: string }): { spec: Spec; profile: RuleProfile } {
  if (state.spec === undefined || state.profile === undefined) {
    throw new ApiError(409, "USAGE", { zh: `${what.zh}需要规格文件：请以 --spec 启动`, en: `${what.en} needs the spec: start the view with --spec` });
  }
  return { spec: state.spec, profile: state.profile };
}

/**
 * Re-plans from the page's plan: its facts (leave, trips, blackouts), its
 * pinned meetings and its cancellations are kept; everything else may move
 * where the rules need it to, and `changes` lists each difference with its
 * reason for the page to show as a diff to accept or reject. Nothing is
 * written to disk.
 */
export async function replanFromPage(state: WorkbenchState, body: unknown): Promise<{ plan: Plan }> {
  const request = parseBody(ReplanRequest, body);
  const { spec, profile } = requireSpec(state, { zh: "重新编排", en: "re-planning" });
  assertSamePlan(state, request.plan);
  const previous = request.plan;
  const from = request.from === undefined || request.from < previous.period.from ? previous.period.from : request.from;
  const cancel = previous.meetings.filter((m) => m.status === "cancelled" && m.series !== undefined && m.date >= from).map((m) => m.id);
  try {
    const plan = await createPlan({ spec: pinPageMeetings(spec, previous, from), profile, calendar: state.calendar, period: previous.period, previous, change: { absences: [], blackouts: [], cancel }, from });
    return { plan };
  } catch (error) {
    if (error instanceof YishiError) throw new ApiError(422, error.code, { zh: error.message, en: error.message });
    throw error;
  }
}

/** The spec with every meeting the page pinned, from `from` on, pinned where it is now: a re-plan then keeps it there. */
export function pinPageMeetings(spec: Spec, plan: Plan, from: string): Spec {
  return pinMeetings(spec, plan.meetings.filter((m) => m.pinned && m.status === "scheduled" && m.date >= from));
}

/**
 * Saves the page's plan over the file it was loaded from, with the verdict
 * judged now stored in it (so the file's own list is the checker's), and
 * only if the file has not changed on disk since the page loaded it.
 */
export function savePlanFromPage(state: WorkbenchState, body: unknown): { version: string; file: string; previous: string } {
  const request = parseBody(SaveRequest, body);
  if (state.planFile === undefined || state.version === undefined) {
    throw new ApiError(409, "USAGE", { zh: "此页面未从计划文件打开，无法保存", en: "this page was not opened from a plan file, so it cannot save" });
  }
  assertSamePlan(state, request.plan);
  if (request.version !== state.version) {
    throw new ApiError(409, "PLAN_CHANGED", { zh: "页面中的计划不是最近一次载入或保存的版本，请重新载入", en: "the page holds an older version than the last one loaded or saved; reload it" });
  }
  let plan = request.plan;
  if (state.spec !== undefined && state.profile !== undefined) {
    const verdict = judgePlan({ plan, spec: state.spec, profile: state.profile, calendar: state.calendar });
    if (verdict.checked) plan = { ...plan, violations: verdict.violations, judgedAgainst: verdict.basis };
  }
  const outcome = savePlanFile(state.planFile, plan, state.version);
  if (!outcome.saved) {
    throw new ApiError(409, "PLAN_CHANGED", {
      zh: `${basename(state.planFile)} 在页面载入后已被修改，未保存；请重新载入后再编辑`,
      en: `${basename(state.planFile)} changed on disk since the page loaded it; nothing was saved. Reload the page, then edit again`,
    });
  }
  state.version = outcome.version;
  state.plan = plan;
  return { version: outcome.version, file: basename(state.planFile), previous: basename(outcome.previous) };
}

/** The calendar file, workbook or report of the plan on screen, or of one person's part of it. */
export async function exportFromPage(state: WorkbenchState, body: unknown): Promise<FileAnswer> {
  const request = parseBody(ExportRequest, body);
  assertSamePlan(state, request.plan);
  const options = { calendar: state.calendar, ...(state.profile ? { profile: state.profile } : {}) };
  if (request.person !== undefined && request.format === "ics") {
    const [file] = await exportPlan(selectPersonPlan(request.plan, request.person), "ics", state.spec, { ...options, baseName: `plan-${request.person}` });
    return { name: file!.name, type: TYPES.ics, data: file!.data };
  }
  const [file] = await exportPlan(request.plan, request.format, state.spec, options);
  return { name: file!.name, type: TYPES[request.format], data: file!.data };
}
