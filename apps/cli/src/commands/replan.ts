import type { Command } from "commander";
import { loadPlan, loadSpecChange, YishiError } from "@yishi/domain";
import { assertDate, todayInShanghai } from "@yishi/calendar";
import { createPlan } from "@yishi/solver";
import type { CommandContext } from "../context.js";
import { loadPlanningInput } from "./plan.js";
import { createPlanProgress } from "./plan-progress.js";
import { addPlanOutputOptions, emitPlan, type PlanCliOptions } from "./plan-summary.js";

export function registerReplanCommand(program: Command, ctx: CommandContext): void {
  addPlanOutputOptions(
    program
      .command("replan")
      .description("re-plan after a change (a trip, a blackout, a cancellation), moving as few meetings as the rules allow")
      .argument("<spec>", "the spec file the plan was made from")
      .argument("<plan>", "the current plan.json")
      .option("--change <file>", "the change: new absences, blackouts, cancellations (YAML or JSON); without it, the re-plan follows what changed in the spec's files or the calendar (e.g. the year's holiday arrangement, now published)")
      .option("--provisional", "years still without a published holiday arrangement rest on the statutory holidays (as for plan --provisional)")
      .option("--from <date>", "the day the change takes effect: everything before it is kept as it was (default: today in Asia/Shanghai, clamped to the plan's period)"),
  ).action(async (specFile: string, planFile: string, options: PlanCliOptions & { change?: string; from?: string; provisional?: boolean }) => {
    const { spec, profile, calendar } = await loadPlanningInput(specFile, { provisional: options.provisional === true });
    const previous = loadPlan(planFile);
    if (previous.organization !== spec.organization.id) {
      throw new YishiError("PLAN_INVALID", `${planFile}: the plan is for organization ${JSON.stringify(previous.organization)}, the spec for ${JSON.stringify(spec.organization.id)}`, {
        file: planFile,
        path: ["organization"],
      });
    }
    const change = options.change === undefined ? undefined : loadSpecChange(options.change, { spec, meetingIds: previous.meetings.map((m) => m.id), planFile });
    const requested = options.from === undefined ? todayInShanghai() : assertDate(options.from, "--from");
    const from = requested < previous.period.from ? previous.period.from : requested > previous.period.to ? previous.period.to : requested;
    const progress = createPlanProgress(ctx, options.lang);
    const plan = await createPlan({ spec, profile, calendar, period: previous.period, previous, ...(change ? { change } : {}), from, onProgress: progress.onProgress });
    progress.done();
    await emitPlan(ctx, spec, plan, options, { from }, calendar);
  });
}
