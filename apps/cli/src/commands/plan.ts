import type { Command } from "commander";
import type { LoadedSpec } from "@yishi/domain";
import { loadSpecWithImports } from "@yishi/tables";
import { loadSpecCalendar, parsePeriod } from "@yishi/calendar";
import { resolveProfile } from "@yishi/rules";
import { createPlan } from "@yishi/solver";
import type { CommandContext } from "../context.js";
import { onlyOnce } from "./only-once.js";
import { createPlanProgress } from "./plan-progress.js";
import { addPlanOutputOptions, emitPlan, type PlanCliOptions } from "./plan-summary.js";

/** What `plan` and `replan` read from a spec file: the spec, its effective profile and its calendar. */
export async function loadPlanningInput(file: string, options: { provisional?: boolean } = {}) {
  const loaded: LoadedSpec = await loadSpecWithImports(file);
  const profile = resolveProfile(loaded.spec.profile, { file });
  // --provisional only adds: a spec that asks for it (calendar.provisional) keeps it.
  const calendar = loadSpecCalendar(loaded, options.provisional === true ? { provisional: true } : {});
  return { loaded, spec: loaded.spec, profile, calendar };
}

export function registerPlanCommand(program: Command, ctx: CommandContext): void {
  addPlanOutputOptions(
    program
      .command("plan")
      .description("plan the standing meetings of a period and check the plan against the profile's rules")
      .argument("<spec>", "the spec file (YAML or JSON)")
      .requiredOption("--period <period>", "2026Q1, 2026H1, 2026, 2026-03 or 2026-01-05..2026-02-20", onlyOnce)
      .option("--provisional", "plan a year whose holiday arrangement is not published yet on the statutory holidays (全国年节及纪念日放假办法) and plain weekends; the plan is marked provisional"),
  ).action(async (specFile: string, options: PlanCliOptions & { period: string; provisional?: boolean }) => {
    const period = parsePeriod(options.period);
    const { spec, profile, calendar } = await loadPlanningInput(specFile, { provisional: options.provisional === true });
    const progress = createPlanProgress(ctx, options.lang);
    const plan = await createPlan({ spec, profile, calendar, period, onProgress: progress.onProgress });
    progress.done();
    await emitPlan(ctx, spec, plan, options, undefined, calendar);
  });
}
