import { parseSpec, type Plan } from "@yishi/domain";
import { parsePeriod } from "@yishi/calendar";
import { describePlanBasis, resolveProfile } from "@yishi/rules";
import { createPlan, isInfeasiblePlan } from "@yishi/solver";
import { exportPlan } from "@yishi/export";
import type { GovernmentJob, GovernmentResult, OutputFile, SummaryRow } from "./government-job.js";
import { renderBatchError, toBatchError } from "./render-batch-error.js";
import { buildSpecCalendar, specBaseDir } from "./spec-calendar.js";
import { computePlanKey } from "./plan-key.js";

/** Exit codes as `yishi plan` gives them (apps/cli/src/exit-codes.ts). */
const EXIT = { OK: 0, HARD_VIOLATION: 1, BAD_INPUT: 2, INFEASIBLE: 3, INTERNAL: 70 } as const;

/**
 * Plans one government exactly as `yishi plan SPEC --period P --export …`
 * does, from data alone (no disk, no network): the same spec checks and
 * error messages, the same plan.json bytes and exports. Never throws: a bad
 * spec, an infeasible plan or a bug becomes the summary row, so one
 * government never stops a batch. The function a pool thread or a queue
 * worker runs.
 */
export async function planGovernment(job: GovernmentJob): Promise<GovernmentResult> {
  const t0 = performance.now();
  const base = { government: job.government, specFile: job.specFile, provedOptimal: false, hardViolations: 0, softViolations: 0, skipped: false };
  if (job.readError) return { row: { ...base, status: "bad-input", exitCode: EXIT.BAD_INPUT, ms: 0, error: renderBatchError(job.readError) }, files: [] };
  let key: string | undefined;
  try {
    const period = parsePeriod(job.period);
    const spec = parseSpec(job.specText ?? "", job.specFile);
    const profile = resolveProfile(spec.profile, { file: job.specFile });
    const calendar = buildSpecCalendar(spec, specBaseDir(job.specFile), job.holidayFiles);
    key = computePlanKey(describePlanBasis(spec, profile, calendar, period), period, job.exports);
    if (!job.force && key === job.previousKey) return { row: { ...base, status: "planned", exitCode: EXIT.OK, ms: 0, skipped: true }, key, files: [] };
    const plan = await createPlan({ spec, profile, calendar, period });
    const files: OutputFile[] = [{ name: "plan.json", data: `${JSON.stringify(plan, null, 2)}\n` }];
    // As emitPlan: the verdict createPlan has just judged, not judged again per format.
    const verdict = plan.judgedAgainst && { checked: true as const, profile: plan.profile, violations: plan.violations, basis: plan.judgedAgainst, storedDiffers: [] };
    for (const format of job.exports) {
      for (const out of await exportPlan(plan, format, spec, { calendar, ...(verdict ? { verdict } : {}) })) files.push({ name: out.name, data: out.data });
    }
    return { row: { ...base, ...describeOutcome(plan), ms: Math.round(performance.now() - t0) }, key, files };
  } catch (error) {
    const known = toBatchError(error);
    const ms = Math.round(performance.now() - t0);
    if (known) {
      const infeasible = known.code === "INFEASIBLE";
      return { row: { ...base, status: infeasible ? "infeasible" : "bad-input", exitCode: infeasible ? EXIT.INFEASIBLE : EXIT.BAD_INPUT, ms, error: renderBatchError(known) }, ...(key ? { key } : {}), files: [] };
    }
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { row: { ...base, status: "internal-error", exitCode: EXIT.INTERNAL, ms, error: `internal error (a bug; please report it):\n${text}` }, files: [] };
  }
}

/** Status, exit code and counts of a plan, following emitPlan: 3 and 1 only with a hard violation listed. */
function describeOutcome(plan: Plan): Pick<SummaryRow, "status" | "exitCode" | "provedOptimal" | "hardViolations" | "softViolations"> {
  const hardViolations = plan.violations.filter((v) => v.severity === "hard").length;
  const softViolations = plan.violations.length - hardViolations;
  const provedOptimal = plan.solve.every((s) => s.optimal);
  if (hardViolations === 0) return { status: "planned", exitCode: EXIT.OK, provedOptimal, hardViolations, softViolations };
  const infeasible = isInfeasiblePlan(plan);
  return { status: infeasible ? "infeasible" : "hard-violations", exitCode: infeasible ? EXIT.INFEASIBLE : EXIT.HARD_VIOLATION, provedOptimal, hardViolations, softViolations };
}
