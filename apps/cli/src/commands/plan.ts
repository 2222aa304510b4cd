import type { Command } from "commander";
import { loadSpec, type LoadedSpec } from "@yishi/domain";
import { loadSpecCalendar, parsePeriod } from "@yishi/calendar";
import { resolveProfile } from "@yishi/rules";
import { createPlan } from "@yishi/solver";
import type { CommandContext } from "../context.js";
import { onlyOnce } from "./only-once.js";
import { addPlanOutputOptions, emitPlan, type PlanCliOptions } from "./plan-summary.js";

/** What `plan` and `replan` read from a spec file: the spec, its effective profile and its calendar. */
export function loadPlanningInput(file: string) {
  const loaded: LoadedSpec = loadSpec(file);
  const profile = resolveProfile(loaded.spec.profile, { file });
  const calendar = loadSpecCalendar(loaded);
  return { loaded, spec: loaded.spec, profile, calendar };
}

export function registerPlanCommand(program: Command, ctx: CommandContext): void {
  addPlanOutputOptions(
    program
      .command("plan")
      .description("plan the standing meetings of a period and check the plan against the profile's rules")
      .argument("<spec>", "the spec file (YAML or JSON)")
      .requiredOption("--period <period>", "2026Q1, 2026H1, 2026, 2026-03 or 2026-01-05..2026-02-20", onlyOnce),
  ).action(async (specFile: string, options: PlanCliOptions & { period: string }) => {
    const period = parsePeriod(options.period);
    const { spec, profile, calendar } = loadPlanningInput(specFile);
    const plan = await createPlan({ spec, profile, calendar, period });
    await emitPlan(ctx, spec, plan, options, undefined, calendar);
  });
}
